package dev.skillbot.catalog;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * One thread's reusable byte array for reading catalog files one at a time, and its SHA-256. A
 * reload reads and hashes every file but parses only those that changed: reading into the same
 * array leaves nothing for the collector when a file's outcome is reused, where a fresh array a
 * file was tens of megabytes of garbage a reload on a large catalog.
 */
final class FileBuffer {

    private static final ThreadLocal<FileBuffer> PER_THREAD = ThreadLocal.withInitial(FileBuffer::new);

    private final MessageDigest digest = ContentHash.sha256();
    private byte[] bytes = new byte[16 * 1024];
    private int length;

    /** The calling thread's buffer; what it holds is valid until that thread's next {@link #read}. */
    static FileBuffer ofThisThread() {
        return PER_THREAD.get();
    }

    /**
     * Reads all of {@code file} unless it is larger than {@code limit}, and returns its size either
     * way: one open and one size query a file, where checking that it exists and asking its size
     * apart took two more look-ups and their attribute objects.
     */
    long read(Path file, long limit) throws IOException {
        length = 0;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size > limit) {
                return size;
            }
            if (bytes.length <= size) {
                bytes = new byte[(int) size + 1]; // one spare byte tells a file that grew since its size was asked
            }
            ByteBuffer target = ByteBuffer.wrap(bytes);
            while (channel.read(target) >= 0) {
                if (!target.hasRemaining()) {
                    if (target.position() > limit) {
                        throw new IOException("grew past " + limit + " bytes while being read");
                    }
                    int position = target.position();
                    bytes = Arrays.copyOf(bytes, bytes.length * 2);
                    target = ByteBuffer.wrap(bytes).position(position);
                }
            }
            length = target.position();
            return length;
        }
    }

    /** The SHA-256 of the bytes read, in hex. */
    String hash() {
        digest.reset();
        digest.update(bytes, 0, length);
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The array holding the bytes read: overwritten by the next read. */
    byte[] array() {
        return bytes;
    }

    int length() {
        return length;
    }
}
