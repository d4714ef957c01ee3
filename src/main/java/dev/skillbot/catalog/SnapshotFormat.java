package dev.skillbot.catalog;

import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.zip.CRC32C;

/**
 * The layout of an {@link OutcomeSnapshot} file: a header (magic, format version, the {@link
 * OutcomeSnapshot#context context} its outcomes were read in, the encoded definitions or none),
 * the encoded outcomes, an index of them (content SHA-256, offset, length) sorted by hash, the
 * number of index records and the CRC-32C of every byte before it. Ints are big-endian; texts are
 * an int length and UTF-8. A file is used only when all of it checks out; opening it decodes
 * nothing: a restart looks each file up in the index where it lies.
 *
 * <p>CRC-32C rather than a cryptographic hash: it guards against a damaged or cut-short file, not
 * against someone who can write the data folder (who could change the database too), and the JDK
 * computes it with the CPU's own instruction: milliseconds for a 10k catalog's snapshot, where
 * SHA-256 cost a quarter of a second.
 */
final class SnapshotFormat {

    static final byte[] MAGIC = "SKILLBOT-CATALOG-OUTCOMES\n".getBytes(StandardCharsets.US_ASCII);
    /**
     * Raise it with any change to this layout, to the codecs', or to what the records they encode
     * mean; {@code SnapshotShapeTest} fails when those records' components change until {@link
     * #SHAPE} is updated with it.
     */
    static final int VERSION = 3;
    /** The components of the records in an entry, as {@code SnapshotShapeTest} lists them, when {@link #VERSION} was last raised. */
    static final String SHAPE = "be5585493c8af935";

    static final int HASH_BYTES = 32;
    static final int INDEX_RECORD = HASH_BYTES + 2 * Integer.BYTES;

    /** An encoded outcome or the definitions: {@code length} bytes from {@code offset}. */
    record Slot(int offset, int length) {}

    /** A checked file: its definitions (null when it has none) and the index of its outcomes. */
    record Index(ByteBuffer file, Slot definitions, int outcomesStart, int indexStart, int count) {

        /** Where the outcome of the content that hashes to {@code hash} is, or null when it is not there. */
        Slot find(byte[] hash) {
            int low = 0;
            int high = count - 1;
            while (low <= high) {
                int middle = (low + high) >>> 1;
                int record = indexStart + middle * INDEX_RECORD;
                int order = compare(record, hash);
                if (order < 0) {
                    low = middle + 1;
                } else if (order > 0) {
                    high = middle - 1;
                } else {
                    return slot(file.getInt(record + HASH_BYTES), file.getInt(record + HASH_BYTES + Integer.BYTES));
                }
            }
            return null;
        }

        private int compare(int record, byte[] hash) {
            for (int i = 0; i < HASH_BYTES; i++) {
                int order = Integer.compare(file.get(record + i) & 0xFF, hash[i] & 0xFF);
                if (order != 0) {
                    return order;
                }
            }
            return 0;
        }

        private Slot slot(int offset, int length) {
            if (offset < outcomesStart || length < 0 || offset > indexStart - length) {
                throw new IllegalArgumentException("an index record outside the outcomes");
            }
            return new Slot(offset, length);
        }
    }

    /** Why a snapshot file was not used. */
    static final class Unusable extends Exception {
        Unusable(String reason) {
            super(reason, null, false, false);
        }
    }

    private SnapshotFormat() {}

    /** Maps the whole file (read-only, outside the heap) and checks its CRC, header and {@code context}. */
    static Index read(Path file, String context) throws IOException, Unusable {
        ByteBuffer bytes;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size > Integer.MAX_VALUE) {
                throw new Unusable("larger than 2 GB");
            }
            bytes = channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
        }
        try {
            int end = checkCrc(bytes) - Integer.BYTES;
            byte[] magic = new byte[MAGIC.length];
            bytes.get(magic);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new Unusable("not a catalog snapshot");
            }
            int version = bytes.getInt();
            if (version != VERSION) {
                throw new Unusable("format version " + version + ", this build reads " + VERSION);
            }
            byte[] written = new byte[bytes.getInt()];
            bytes.get(written);
            if (!Arrays.equals(written, context.getBytes(StandardCharsets.UTF_8))) {
                throw new Unusable(
                        "it was written by another build or read against other definitions, languages or checks ("
                                + new String(written, StandardCharsets.UTF_8) + "; now " + context + ")");
            }
            int definitionsLength = bytes.getInt();
            Slot definitions = definitionsLength == 0 ? null : new Slot(bytes.position(), definitionsLength);
            int outcomesStart = bytes.position() + definitionsLength;
            int count = bytes.getInt(end);
            long indexStart = end - (long) count * INDEX_RECORD;
            if (count < 0 || definitionsLength < 0 || indexStart < outcomesStart) {
                throw new Unusable("its index does not fit");
            }
            return new Index(bytes, definitions, outcomesStart, (int) indexStart, count);
        } catch (BufferUnderflowException | IndexOutOfBoundsException | NegativeArraySizeException e) {
            throw new Unusable("it is cut short");
        }
    }

    /** Checks the trailing CRC and returns where it starts. */
    private static int checkCrc(ByteBuffer bytes) throws Unusable {
        int end = bytes.limit() - Integer.BYTES;
        if (end < MAGIC.length + Integer.BYTES) {
            throw new Unusable("it is cut short");
        }
        CRC32C crc = new CRC32C();
        crc.update(bytes.duplicate().limit(end));
        if ((int) crc.getValue() != bytes.getInt(end)) {
            throw new Unusable("its checksum does not match (changed or cut short)");
        }
        return end;
    }
}
