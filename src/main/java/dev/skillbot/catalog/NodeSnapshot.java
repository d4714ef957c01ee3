package dev.skillbot.catalog;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The composed node trees of an earlier load, kept in a file by each catalog file's content hash,
 * so a restart parses only the files that changed since: SnakeYAML's scanning and composing (and
 * the JIT compiling it) are most of a first load. Only the parsing is skipped; every check and
 * every record is still made from the nodes, so problems are found exactly as without it.
 *
 * <p>One instance serves one load: {@link #finish()} then writes the trees of this load, when any
 * was parsed or any old entry was left unused, and closes the file. A file that is not a whole,
 * current snapshot is ignored as a whole, with one log line.
 */
final class NodeSnapshot implements NodeSource {

    private static final Logger log = LoggerFactory.getLogger(NodeSnapshot.class);

    private final Path file;
    private final FileChannel channel;
    private final Map<String, long[]> entries;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean writeFailed = new AtomicBoolean();
    private SnapshotWriter writer;

    private NodeSnapshot(Path file, FileChannel channel, Map<String, long[]> entries) {
        this.file = file;
        this.channel = channel;
        this.entries = entries;
    }

    /** The snapshot in {@code file} for a load of {@code dir}; SnakeYAML alone when there is none or it is inside {@code dir}. */
    static NodeSource forLoad(Path file, Path dir) {
        if (file == null) {
            return NodeSource.PARSE;
        }
        if (file.toAbsolutePath().normalize().startsWith(dir.toAbsolutePath().normalize())) {
            log.warn("Catalog snapshot {} not used: it must not be inside the catalog directory {}", file, dir);
            return NodeSource.PARSE;
        }
        return open(file);
    }

    /** The snapshot in {@code file}, or an empty one (every file parsed) when it is missing or not usable. */
    static NodeSnapshot open(Path file) {
        if (!Files.exists(file)) {
            log.info("No catalog snapshot in {} yet: parsing every file, then writing it", file);
            return new NodeSnapshot(file, null, Map.of());
        }
        try {
            SnapshotFormat.Index index = SnapshotFormat.read(file);
            return new NodeSnapshot(file, FileChannel.open(file, StandardOpenOption.READ), index.entries());
        } catch (SnapshotFormat.Unusable e) {
            log.warn("Catalog snapshot {} ignored, parsing every file: {}", file, e.getMessage());
        } catch (IOException | RuntimeException e) {
            log.warn("Catalog snapshot {} ignored, parsing every file: cannot read it: {}", file, e.toString());
        }
        return new NodeSnapshot(file, null, Map.of());
    }

    @Override
    public Optional<Node> parse(SourceFile source, NodeReader reader) {
        long[] entry = entries.get(source.hash());
        if (entry != null) {
            try {
                Node root = NodeCodec.decode(read(entry[0], (int) entry[1]));
                used.add(source.hash());
                return Optional.of(root);
            } catch (IOException | RuntimeException e) {
                log.warn(
                        "Catalog snapshot {}: the entry of {} is broken, parsing it: {}",
                        file,
                        source.relative(),
                        e.toString());
            }
        }
        Optional<Node> root = NodeSource.PARSE.parse(source, reader);
        root.ifPresent(node -> write(source.hash(), node));
        return root;
    }

    /** How many files' trees came from the file rather than from SnakeYAML. */
    int reused() {
        return used.size();
    }

    /** Writes this load's trees if the file on disk lacks any of them or holds others, then closes it. */
    void finish() {
        try {
            boolean stale = used.size() < entries.size();
            if (writeFailed.get() || (writer == null && !stale)) {
                return;
            }
            SnapshotWriter out = writer();
            for (String hash : used) {
                long[] entry = entries.get(hash);
                out.entry(hash, read(entry[0], (int) entry[1]));
            }
            int count = out.commit();
            log.info("Catalog snapshot {} written: {} files", file, count);
        } catch (IOException | RuntimeException e) {
            failed(e);
        } finally {
            close();
        }
    }

    private void write(String hash, Node root) {
        if (writeFailed.get() || !written.add(hash)) {
            return;
        }
        try {
            byte[] tree = NodeCodec.encode(root);
            writer().entry(hash, tree);
        } catch (IOException | RuntimeException e) {
            failed(e);
        }
    }

    private synchronized SnapshotWriter writer() throws IOException {
        if (writer == null) {
            writer = SnapshotWriter.create(file);
        }
        return writer;
    }

    private void failed(Exception e) {
        if (writeFailed.compareAndSet(false, true)) {
            log.warn(
                    "Catalog snapshot {} not written (the next start parses every file again): {}", file, e.toString());
            synchronized (this) {
                if (writer != null) {
                    writer.abandon();
                }
            }
        }
    }

    private byte[] read(long offset, int length) throws IOException {
        ByteBuffer tree = ByteBuffer.allocate(length);
        while (tree.hasRemaining()) {
            if (channel.read(tree, offset + tree.position()) < 0) {
                throw new IOException("the snapshot ends inside an entry");
            }
        }
        return tree.array();
    }

    private void close() {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            // read-only: nothing was lost
        }
    }
}
