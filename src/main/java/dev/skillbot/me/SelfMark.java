package dev.skillbot.me;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * "I do this" on one cell, tied to the cell's text when it was marked (its SHA-256), so a later
 * edit of the text is noticed rather than silently kept or silently dropped.
 */
public record SelfMark(CellRef cell, String textHash, Instant markedAt) {

    /** True when the cell still says what it said when it was marked. */
    public boolean matches(String currentText) {
        return textHash.equals(hash(currentText));
    }

    public static String hash(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
