package dev.skillbot.catalog;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads one outcome; anything that does not fit throws {@link IllegalArgumentException}. */
final class OutcomeBytesReader {

    private final byte[] bytes;
    private final int end;
    private final String name;
    private final String[] constants;
    private int position;
    private char[] chars = new char[0];

    OutcomeBytesReader(byte[] bytes, int length, String name, String[] constants) {
        this.bytes = bytes;
        this.end = length;
        this.name = name;
        this.constants = constants;
    }

    String string() {
        int reference = unsigned();
        if (reference == OutcomeBytes.LITERAL) {
            int length = count();
            String value = new String(bytes, position, length, StandardCharsets.UTF_8);
            position += length;
            return value;
        }
        if (reference == OutcomeBytes.NAME) {
            return name;
        }
        if (reference == OutcomeBytes.UTF16) {
            return utf16();
        }
        if (reference - OutcomeBytes.CONSTANT >= constants.length) {
            throw new IllegalArgumentException("no constant " + (reference - OutcomeBytes.CONSTANT));
        }
        return constants[reference - OutcomeBytes.CONSTANT];
    }

    private String utf16() {
        int length = unsigned();
        if (length < 0 || length > (end - position) / 2) {
            throw new IllegalArgumentException("text of " + length + " chars past the end of the entry");
        }
        if (chars.length < length) {
            chars = new char[Math.max(length, 2 * chars.length)];
        }
        for (int i = 0; i < length; i++, position += 2) {
            chars[i] = (char) ((bytes[position] & 0xFF) << 8 | (bytes[position + 1] & 0xFF));
        }
        return new String(chars, 0, length);
    }

    List<String> strings() {
        String[] values = new String[count()];
        for (int i = 0; i < values.length; i++) {
            values[i] = string();
        }
        return List.of(values);
    }

    /** A count of things, each at least a byte: more than the bytes left is a broken entry. */
    int count() {
        int count = unsigned();
        if (count < 0 || count > end - position) {
            throw new IllegalArgumentException("count " + count + " past the end of the entry");
        }
        return count;
    }

    int unsigned() {
        int value = 0;
        for (int shift = 0; shift < 32; shift += 7) {
            int b = next();
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IllegalArgumentException("an integer longer than five bytes");
    }

    long signed() {
        long zigzag = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = next();
            zigzag |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return (zigzag >>> 1) ^ -(zigzag & 1);
            }
        }
        throw new IllegalArgumentException("a long longer than ten bytes");
    }

    boolean bool() {
        int b = next();
        if (b > 1) {
            throw new IllegalArgumentException("not a boolean: " + b);
        }
        return b == 1;
    }

    boolean atEnd() {
        return position == end;
    }

    private int next() {
        if (position >= end) {
            throw new IllegalArgumentException("the entry ends inside a value");
        }
        return bytes[position++] & 0xFF;
    }
}
