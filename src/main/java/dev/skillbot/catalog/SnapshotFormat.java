package dev.skillbot.catalog;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The layout of a {@link NodeSnapshot} file: a header (magic, format version, the SnakeYAML build
 * that composed the trees, since another one may resolve tags differently), then entries (a marker
 * byte 1, the file content's SHA-256, the length and the encoded tree), an end marker 0, and the
 * SHA-256 of every byte before it. A file is used only when all of it checks out.
 */
final class SnapshotFormat {

    static final byte[] MAGIC = "SKILLBOT-CATALOG-NODES\n".getBytes(StandardCharsets.US_ASCII);
    /** Raise it with any change to this layout or to {@link NodeCodec}'s. */
    static final int VERSION = 1;

    static final String PARSER = parser();
    static final int HASH_BYTES = 32;
    static final int ENTRY = 1;
    static final int END = 0;

    /** Where each entry's tree is in the file, by content hash. */
    record Index(Map<String, long[]> entries) {}

    /** Why a snapshot file was not used. */
    static final class Unusable extends Exception {
        Unusable(String reason) {
            super(reason, null, false, false);
        }
    }

    private SnapshotFormat() {}

    /** Reads the whole file once, checking header and trailing hash, and indexes its entries. */
    static Index read(Path file) throws IOException, Unusable {
        MessageDigest digest = ContentHash.sha256();
        try (InputStream raw = Files.newInputStream(file);
                DataInputStream in =
                        new DataInputStream(new DigestInputStream(new BufferedInputStream(raw, 1 << 16), digest))) {
            byte[] magic = new byte[MAGIC.length];
            in.readFully(magic);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new Unusable("not a catalog snapshot");
            }
            int version = in.readInt();
            if (version != VERSION) {
                throw new Unusable("format version " + version + ", this build reads " + VERSION);
            }
            String parser = in.readUTF();
            if (!parser.equals(PARSER)) {
                throw new Unusable("composed by " + parser + ", this build uses " + PARSER);
            }
            long position = MAGIC.length + 4 + 2 + parser.getBytes(StandardCharsets.UTF_8).length;
            Map<String, long[]> entries = new HashMap<>();
            byte[] hash = new byte[HASH_BYTES];
            byte[] skipped = new byte[1 << 16];
            for (int marker = in.readUnsignedByte(); marker != END; marker = in.readUnsignedByte()) {
                if (marker != ENTRY) {
                    throw new Unusable("an unknown marker " + marker);
                }
                in.readFully(hash);
                int length = in.readInt();
                position += 1 + HASH_BYTES + 4;
                if (length < 0) {
                    throw new Unusable("an entry of negative length");
                }
                entries.put(HexFormat.of().formatHex(hash), new long[] {position, length});
                for (int left = length; left > 0; ) {
                    int chunk = Math.min(left, skipped.length);
                    in.readFully(skipped, 0, chunk);
                    left -= chunk;
                }
                position += length;
            }
            byte[] expected = digest.digest();
            byte[] trailer = new byte[HASH_BYTES];
            in.readFully(trailer);
            if (!MessageDigest.isEqual(expected, trailer) || in.read() != -1) {
                throw new Unusable("its checksum does not match (changed or cut short)");
            }
            return new Index(entries);
        } catch (EOFException e) {
            throw new Unusable("it is cut short");
        }
    }

    /** The SnakeYAML jar's name (its manifest has no version), or where its classes come from. */
    private static String parser() {
        var source = Resolver.class.getProtectionDomain().getCodeSource();
        String location = source == null ? "unknown" : String.valueOf(source.getLocation());
        Matcher jar = Pattern.compile("snakeyaml-[^/!]+?\\.jar").matcher(location);
        return jar.find() ? jar.group() : location;
    }
}
