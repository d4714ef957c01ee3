package dev.skillbot.catalog;

import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * One file's bytes and their SHA-256, or the reason it could not be read. The text is decoded only
 * when the file is parsed: a file whose parse is already known (the previous load's, or the
 * snapshot's) is only hashed. The first {@code length} of {@code bytes} are the file's; read
 * {@linkplain #read(Path, Path, List, boolean, FileBuffer) into a thread's buffer}, they are valid
 * until that thread reads the next file.
 */
record SourceFile(String name, String relative, byte[] bytes, int length, String hash, boolean readable) {

    private static final String NO_CONTENT_HASH =
            HexFormat.of().formatHex(ContentHash.sha256().digest(new byte[0]));

    /** The file, with bytes of its own, or null when it is gone and not {@code required}. */
    static SourceFile read(Path dir, Path file, List<Problem> problems, boolean required) {
        SourceFile source = read(dir, file, problems, required, FileBuffer.ofThisThread());
        if (source == null || !source.readable()) {
            return source;
        }
        byte[] own = Arrays.copyOf(source.bytes(), source.length());
        return new SourceFile(source.name(), source.relative(), own, own.length, source.hash(), true);
    }

    /** The file as {@code buffer} holds it until its next read, or null when it is gone and not {@code required}. */
    static SourceFile read(Path dir, Path file, List<Problem> problems, boolean required, FileBuffer buffer) {
        String name = file.toString();
        String relative = relativeName(dir, file);
        try {
            if (!Files.exists(file)) {
                throw new NoSuchFileException(name);
            }
            long size = Files.size(file);
            if (size > SafeYaml.MAX_FILE_BYTES) {
                problems.add(new Problem(
                        name,
                        0,
                        "file is too large (" + size + " bytes; the limit is " + SafeYaml.MAX_FILE_BYTES + ")"));
                return unreadable(name, relative);
            }
            buffer.read(file, SafeYaml.MAX_FILE_BYTES);
            return new SourceFile(name, relative, buffer.array(), buffer.length(), buffer.hash(), true);
        } catch (NoSuchFileException e) {
            if (!required) {
                return null;
            }
            problems.add(new Problem(name, 0, "missing: the catalog needs this file"));
        } catch (IOException e) {
            problems.add(new Problem(name, 0, "cannot read: " + e.getMessage()));
        }
        return unreadable(name, relative);
    }

    /** {@code file}'s path below {@code dir} with {@code /} between names, as the snapshot and revision key it. */
    static String relativeName(Path dir, Path file) {
        String within = file.toString();
        String base = dir.toString();
        boolean below = within.length() > base.length() + 1
                && within.startsWith(base)
                && within.charAt(base.length()) == File.separatorChar
                && !base.isEmpty();
        String relative = below
                ? within.substring(base.length() + 1)
                : dir.relativize(file).toString();
        return File.separatorChar == '/' ? relative : relative.replace(File.separatorChar, '/');
    }

    private static SourceFile unreadable(String name, String relative) {
        return new SourceFile(name, relative, new byte[0], 0, NO_CONTENT_HASH, false);
    }

    /** The text, or empty with the problem reported when the bytes are not UTF-8. */
    Optional<String> text(NodeReader reader) {
        try {
            return Optional.of(utf8(bytes, length));
        } catch (CharacterCodingException e) {
            reader.error(0, "not UTF-8 text");
            return Optional.empty();
        }
    }

    /**
     * The lenient decoder is the JDK's fast path; it marks malformed bytes with U+FFFD, so only
     * text holding that character is decoded again strictly to tell a real one from bad bytes.
     */
    private static String utf8(byte[] bytes, int length) throws CharacterCodingException {
        String text = new String(bytes, 0, length, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length));
        }
        return text;
    }
}
