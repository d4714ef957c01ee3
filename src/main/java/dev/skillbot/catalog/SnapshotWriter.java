package dev.skillbot.catalog;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Writes a {@link SnapshotFormat} file beside its final place and moves it there in one step, so a
 * reader sees the old file or the new one, never half of one. Entries come from several parsing
 * threads, one whole entry at a time.
 */
final class SnapshotWriter {

    private final Path target;
    private final Path temporary;
    private final FileChannel channel;
    private final MessageDigest digest = ContentHash.sha256();
    private final DataOutputStream out;
    private int count;

    private SnapshotWriter(Path target, Path temporary, FileChannel channel) {
        this.target = target;
        this.temporary = temporary;
        this.channel = channel;
        OutputStream file = java.nio.channels.Channels.newOutputStream(channel);
        this.out = new DataOutputStream(new DigestOutputStream(new BufferedOutputStream(file, 1 << 16), digest));
    }

    static SnapshotWriter create(Path target) throws IOException {
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
            writer.out.writeUTF(SnapshotFormat.PARSER);
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

    synchronized void entry(String hash, byte[] tree) throws IOException {
        out.write(SnapshotFormat.ENTRY);
        out.write(HexFormat.of().parseHex(hash));
        out.writeInt(tree.length);
        out.write(tree);
        count++;
    }

    /** Ends the file with its hash, makes it durable and moves it into place; returns the number of entries. */
    synchronized int commit() throws IOException {
        try {
            out.write(SnapshotFormat.END);
            out.flush();
            byte[] hash = digest.digest();
            out.write(hash);
            out.flush();
            channel.force(true);
            channel.close();
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return count;
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
