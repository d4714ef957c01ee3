package dev.skillbot.catalog;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The primitives of {@link OutcomeCodec}: variable-length ints and strings. A string is written as
 * a reference: the file's own name (so an outcome depends on the file's bytes alone), one of the
 * load's constants (locale tags, level, role and domain ids, read back as those very instances so
 * that 10,000 skills share them), its UTF-8 bytes when every character is Latin-1, else its UTF-16
 * chars. JDK 17 decodes UTF-8 that holds other characters through two scratch arrays sized for the
 * bytes: a Chinese text of 175 characters allocated 1,856 bytes to become a 350-byte string, where
 * reading its chars into a reused buffer allocates about the string alone (docs/performance.md).
 */
final class OutcomeBytes {

    private static final int LITERAL = 0;
    private static final int NAME = 1;
    private static final int UTF16 = 2;
    private static final int CONSTANT = 3;

    private OutcomeBytes() {}

    /** Writes one outcome. */
    static final class Out {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
        private final String name;
        private final Map<String, Integer> constants;

        Out(String name, Map<String, Integer> constants) {
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
                unsigned(NAME);
                return;
            }
            Integer constant = constants.get(value);
            if (constant != null) {
                unsigned(CONSTANT + constant);
            } else if (latin1(value)) {
                unsigned(LITERAL);
                byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
                unsigned(utf8.length);
                bytes.writeBytes(utf8);
            } else {
                unsigned(UTF16);
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

    /** Reads one outcome; anything that does not fit throws {@link IllegalArgumentException}. */
    static final class In {

        private final byte[] bytes;
        private final int end;
        private final String name;
        private final String[] constants;
        private int position;
        private char[] chars = new char[0];

        In(byte[] bytes, int length, String name, String[] constants) {
            this.bytes = bytes;
            this.end = length;
            this.name = name;
            this.constants = constants;
        }

        String string() {
            int reference = unsigned();
            if (reference == LITERAL) {
                int length = count();
                String value = new String(bytes, position, length, StandardCharsets.UTF_8);
                position += length;
                return value;
            }
            if (reference == NAME) {
                return name;
            }
            if (reference == UTF16) {
                return utf16();
            }
            if (reference - CONSTANT >= constants.length) {
                throw new IllegalArgumentException("no constant " + (reference - CONSTANT));
            }
            return constants[reference - CONSTANT];
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
}
