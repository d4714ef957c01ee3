package dev.skillbot.catalog;

import java.nio.file.Path;
import java.util.Map;

/**
 * Every skill file's outcome in the previous load of a directory. A file whose bytes hash the same
 * is not parsed again while the levels, roles and domains files are unchanged too, since a skill
 * file's outcome depends on nothing else: a reload after a one-file edit parses one file, and the
 * reload's garbage and CPU no longer compete with the requests being served.
 */
record LoadMemo(Path dir, String definitions, Map<String, ParsedFile> files) {

    static final LoadMemo EMPTY = new LoadMemo(null, "", Map.of());

    /** Whether the outcomes may be reused in a load of {@code dir} against {@code definitions}. */
    boolean covers(Path dir, String definitions) {
        return dir.equals(this.dir) && definitions.equals(this.definitions);
    }

    /** The previous outcome of {@code source}, or null when it has to be read. */
    ParsedFile reuse(Path dir, String definitions, SourceFile source) {
        if (!covers(dir, definitions)) {
            return null;
        }
        ParsedFile previous = files.get(source.relative());
        return previous != null && previous.hash().equals(source.hash()) ? previous : null;
    }
}
