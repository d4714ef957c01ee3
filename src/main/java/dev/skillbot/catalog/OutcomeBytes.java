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
 * that 10,000 skills share them) or its UTF-8 bytes.
 */
final class OutcomeBytes {

    private static final int LITERAL = 0;
    private static final int NAME = 1;
    private static final int CONSTANT = 2;

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
            } else {
                unsigned(LITERAL);
                byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
                unsigned(utf8.length);
                bytes.writeBytes(utf8);
            }
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
            if (reference - CONSTANT >= constants.length) {
                throw new IllegalArgumentException("no constant " + (reference - CONSTANT));
            }
            return constants[reference - CONSTANT];
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
