package dev.skillbot.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** Reads all of {@code file}, which the caller has checked is at most {@code limit} bytes. */
    void read(Path file, long limit) throws IOException {
        length = 0;
        try (InputStream in = Files.newInputStream(file)) {
            while (true) {
                if (length == bytes.length) {
                    if (length > limit) {
                        throw new IOException("grew past " + limit + " bytes while being read");
                    }
                    bytes = Arrays.copyOf(bytes, bytes.length * 2);
                }
                int read = in.read(bytes, length, bytes.length - length);
                if (read < 0) {
                    return;
                }
                length += read;
            }
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
