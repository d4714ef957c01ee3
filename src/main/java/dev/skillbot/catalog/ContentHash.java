package dev.skillbot.catalog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** SHA-256, which keys files by their bytes, checks snapshots and names a catalog's revision. */
final class ContentHash {

    private ContentHash() {}

    /** A hash over every file's path and content hash, in path order. */
    static String revision(List<String[]> hashes) {
        MessageDigest digest = sha256();
        hashes.stream().sorted((a, b) -> a[0].compareTo(b[0])).forEach(entry -> {
            digest.update(entry[0].getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(entry[1].getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        });
        return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
