package dev.skillbot.catalog;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

/**
 * Writes a {@link SnapshotFormat} file beside its final place and moves it there in one step, so a
 * reader sees the old file or the new one, never half of one. Outcomes come from several parsing
 * threads, one whole outcome at a time, and stream to disk; only the index stays in memory.
 */
final class SnapshotWriter {

    private final Path target;
    private final Path temporary;
    private final FileChannel channel;
    private final CRC32C crc = new CRC32C();
    private final DataOutputStream out;
    /** Offset and length of each outcome by content hash (hex, whose order is the bytes' order). */
    private final Map<String, int[]> index = new TreeMap<>();

    private SnapshotWriter(Path target, Path temporary, FileChannel channel) {
        this.target = target;
        this.temporary = temporary;
        this.channel = channel;
        this.out = new DataOutputStream(
                new BufferedOutputStream(new CheckedOutputStream(Channels.newOutputStream(channel), crc), 1 << 16));
    }

    /** A new snapshot of outcomes read in {@code context} against {@code definitions} (encoded; empty for none). */
    static SnapshotWriter create(Path target, String context, byte[] definitions) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, target.getFileName().toString(), ".tmp");
        SnapshotWriter writer = new SnapshotWriter(
                target,
                temporary,
                FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING));
        try {
            readableByAll(temporary);
            writer.out.write(SnapshotFormat.MAGIC);
            writer.out.writeInt(SnapshotFormat.VERSION);
            byte[] written = context.getBytes(StandardCharsets.UTF_8);
            writer.out.writeInt(written.length);
            writer.out.write(written);
            writer.out.writeInt(definitions.length);
            writer.out.write(definitions);
        } catch (IOException e) {
            writer.abandon();
            throw e;
        }
        return writer;
    }

    /**
     * Catalog content is neither personal nor secret, and a snapshot written by another user (the
     * image's build, as root) must be readable by the one the server runs as.
     */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    synchronized void entry(String hash, byte[] outcome) throws IOException {
        int offset = out.size();
        out.write(outcome);
        if (out.size() == Integer.MAX_VALUE) {
            throw new IOException("the snapshot would be larger than 2 GB");
        }
        index.put(hash, new int[] {offset, outcome.length});
    }

    /** Ends the file with its index and CRC, makes it durable and moves it into place; returns the number of outcomes. */
    synchronized int commit() throws IOException {
        try {
            HexFormat hex = HexFormat.of();
            for (Map.Entry<String, int[]> entry : index.entrySet()) {
                out.write(hex.parseHex(entry.getKey()));
                out.writeInt(entry.getValue()[0]);
                out.writeInt(entry.getValue()[1]);
            }
            out.writeInt(index.size());
            out.flush();
            out.writeInt((int) crc.getValue());
            out.flush();
            channel.force(true);
            channel.close();
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return index.size();
        } catch (IOException e) {
            abandon();
            throw e;
        }
    }

    /** Removes the unfinished file; the old snapshot, if any, stays. */
    synchronized void abandon() {
        try {
            channel.close();
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // nothing more to do: a stray temporary file is harmless and named as one
        }
    }
}
