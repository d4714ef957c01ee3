package dev.skillbot.catalog;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Writes one outcome. */
final class OutcomeBytesWriter {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
    private final String name;
    private final Map<String, Integer> constants;

    OutcomeBytesWriter(String name, Map<String, Integer> constants) {
        this.name = name;
        this.constants = constants;
    }

    static Map<String, Integer> indexes(List<String> constants) {
        Map<String, Integer> indexes = new HashMap<>();
        for (int i = 0; i < constants.size(); i++) {
            indexes.putIfAbsent(constants.get(i), i);
        }
        return indexes;
    }

    void string(String value) {
        if (value.equals(name)) {
            unsigned(OutcomeBytes.NAME);
            return;
        }
        Integer constant = constants.get(value);
        if (constant != null) {
            unsigned(OutcomeBytes.CONSTANT + constant);
        } else if (latin1(value)) {
            unsigned(OutcomeBytes.LITERAL);
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            unsigned(utf8.length);
            bytes.writeBytes(utf8);
        } else {
            unsigned(OutcomeBytes.UTF16);
            unsigned(value.length());
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                bytes.write(c >>> 8);
                bytes.write(c);
            }
        }
    }

    private static boolean latin1(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) > 0xFF) {
                return false;
            }
        }
        return true;
    }

    void bool(boolean value) {
        bytes.write(value ? 1 : 0);
    }

    void strings(List<String> values) {
        unsigned(values.size());
        values.forEach(this::string);
    }

    /** Seven bits a byte, the high bit set on all but the last. */
    void unsigned(int value) {
        while ((value & ~0x7F) != 0) {
            bytes.write((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        bytes.write(value);
    }

    void signed(long value) {
        long zigzag = (value << 1) ^ (value >> 63);
        while ((zigzag & ~0x7FL) != 0) {
            bytes.write((int) (zigzag & 0x7F) | 0x80);
            zigzag >>>= 7;
        }
        bytes.write((int) zigzag);
    }

    byte[] toByteArray() {
        return bytes.toByteArray();
    }
}
