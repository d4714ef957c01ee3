package dev.skillbot.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each skill file's outcome ({@link ParsedFile}: the skill, its problems and missing translations)
 * from an earlier load, kept in a file by the content hash of the skill file, so a restart neither
 * parses nor reads an unchanged file again: SnakeYAML, the readers and the JIT compiling both were
 * most of a first load. An outcome is used only in the {@link OutcomeCodec#context() context} it
 * was read in (the same definition files, languages and translation check); cross-file checks and
 * the catalog are still made on every load, so problems are found exactly as without it.
 *
 * <p>One instance serves one load: {@link #finish()} then writes the outcomes of this load, when
 * any file was parsed or any old entry was left unused. A file that is not a whole, current
 * snapshot is ignored as a whole, with one log line, and rewritten.
 */
final class OutcomeSnapshot {

    private static final Logger log = LoggerFactory.getLogger(OutcomeSnapshot.class);
    private static final ThreadLocal<byte[]> BUFFER = ThreadLocal.withInitial(() -> new byte[1 << 16]);

    private final Path file;
    private final String context;
    private final SnapshotFormat.Index index;
    private final Map<String, SnapshotFormat.Slot> used = new ConcurrentHashMap<>();
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean writeFailed = new AtomicBoolean();
    private OutcomeCodec codec;
    private byte[] definitions;
    private SnapshotWriter writer;

    private OutcomeSnapshot(Path file, String context, SnapshotFormat.Index index) {
        this.file = file;
        this.context = context;
        this.index = index;
    }

    /**
     * What a skill file's outcome depends on besides its bytes: a snapshot read in another context is
     * not used. That includes the build, since the snapshot outlives an upgrade in the data folder and
     * a new build may read or check a file differently without changing how outcomes are encoded.
     */
    static String context(String definitionsKey, CatalogLocales locales, TranslationCheck check) {
        return "build " + BuildInfo.identity() + "; definitions " + definitionsKey + "; languages "
                + locales.defaultLocale() + " of " + locales.supported() + "; missing " + new TreeSet<>(check.locales())
                + (check.strict() ? " strict" : "");
    }

    /**
     * The snapshot in {@code file} for a load of {@code dir} in {@code context}; an empty one (every
     * file read, then written) when it is missing, not usable or of another context; none when there
     * is no file or it is inside {@code dir}.
     */
    static OutcomeSnapshot open(Path file, Path dir, String context) {
        if (file == null) {
            return new OutcomeSnapshot(null, context, null);
        }
        if (file.toAbsolutePath().normalize().startsWith(dir.toAbsolutePath().normalize())) {
            log.warn("Catalog snapshot {} not used: it must not be inside the catalog directory {}", file, dir);
            return new OutcomeSnapshot(null, context, null);
        }
        if (!Files.exists(file)) {
            log.info("No catalog snapshot in {} yet: reading every file, then writing it", file);
            return new OutcomeSnapshot(file, context, null);
        }
        try {
            return new OutcomeSnapshot(file, context, SnapshotFormat.read(file, context));
        } catch (SnapshotFormat.Unusable e) {
            log.warn("Catalog snapshot {} ignored, reading every file: {}", file, e.getMessage());
        } catch (IOException | RuntimeException e) {
            log.warn("Catalog snapshot {} ignored, reading every file: cannot read it: {}", file, e.toString());
        }
        return new OutcomeSnapshot(file, context, null);
    }

    /** The definitions the outcomes were read against, when the snapshot holds them. */
    Optional<Definitions> definitions() {
        if (index == null || index.definitions() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(DefinitionsCodec.decode(
                    bytes(index.definitions(), new byte[index.definitions().length()])));
        } catch (RuntimeException e) {
            log.warn("Catalog snapshot {}: its definitions are broken, reading them: {}", file, e.toString());
            return Optional.empty();
        }
    }

    /**
     * Sets how outcomes are encoded, and the definitions to keep beside them: null when they had
     * problems, so that a restart reads them again and reports those.
     */
    void readWith(OutcomeCodec codec, Definitions definitions) {
        this.codec = codec;
        this.definitions = definitions == null ? new byte[0] : DefinitionsCodec.encode(definitions);
    }

    /** The earlier outcome of {@code source}, or null when it must be read. */
    ParsedFile outcome(SourceFile source) {
        if (index == null) {
            return null;
        }
        try {
            SnapshotFormat.Slot slot = index.find(HexFormat.of().parseHex(source.hash()));
            if (slot == null) {
                return null;
            }
            byte[] buffer = BUFFER.get();
            if (buffer.length < slot.length()) {
                buffer = new byte[slot.length()];
                BUFFER.set(buffer);
            }
            ParsedFile outcome = codec.decode(bytes(slot, buffer), slot.length(), source.name(), source.hash());
            used.put(source.hash(), slot);
            return outcome;
        } catch (RuntimeException e) {
            log.warn(
                    "Catalog snapshot {}: the outcome of {} is broken, reading the file: {}",
                    file,
                    source.relative(),
                    e.toString());
            return null;
        }
    }

    /** Keeps the outcome of a file that was read, for the next start. */
    void add(SourceFile source, ParsedFile outcome) {
        if (file == null || writeFailed.get() || !written.add(source.hash())) {
            return;
        }
        try {
            writer().entry(source.hash(), codec.encode(outcome, source.name()));
        } catch (IOException | RuntimeException e) {
            failed(e);
        }
    }

    /** How many files' outcomes came from the snapshot rather than from reading them. */
    int reused() {
        return used.size();
    }

    /** Writes this load's outcomes if the file on disk lacks any of them or holds others. */
    void finish() {
        if (file == null) {
            return;
        }
        try {
            boolean stale = index == null || used.size() < index.count();
            if (writeFailed.get() || (writer == null && !stale)) {
                return;
            }
            SnapshotWriter out = writer();
            for (Map.Entry<String, SnapshotFormat.Slot> entry : used.entrySet()) {
                if (written.add(entry.getKey())) {
                    out.entry(
                            entry.getKey(),
                            bytes(entry.getValue(), new byte[entry.getValue().length()]));
                }
            }
            int count = out.commit();
            log.info("Catalog snapshot {} written: {} files", file, count);
        } catch (IOException | RuntimeException e) {
            failed(e);
        }
    }

    private byte[] bytes(SnapshotFormat.Slot slot, byte[] into) {
        index.file().get(slot.offset(), into, 0, slot.length());
        return into;
    }

    private synchronized SnapshotWriter writer() throws IOException {
        if (writer == null) {
            writer = SnapshotWriter.create(file, context, definitions);
        }
        return writer;
    }

    private void failed(Exception e) {
        if (writeFailed.compareAndSet(false, true)) {
            log.warn("Catalog snapshot {} not written (the next start reads every file again): {}", file, e.toString());
            synchronized (this) {
                if (writer != null) {
                    writer.abandon();
                }
            }
        }
    }
}
