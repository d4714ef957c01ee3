package dev.skillbot.catalog;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A composed node tree as bytes and back, for {@link NodeSnapshot}. Each node keeps what the
 * readers look at: its kind, tag, style, value and the line it starts on (the only part of a position that a {@link Problem} names). Only the trees
 * {@link SafeYaml} accepted are encoded, so every tag is one of YAML's core schema.
 */
final class NodeCodec {

    private static final List<Tag> TAGS =
            List.of(Tag.STR, Tag.INT, Tag.BOOL, Tag.FLOAT, Tag.NULL, Tag.TIMESTAMP, Tag.MAP, Tag.SEQ);
    private static final DumperOptions.ScalarStyle[] SCALAR_STYLES = DumperOptions.ScalarStyle.values();
    private static final DumperOptions.FlowStyle[] FLOW_STYLES = DumperOptions.FlowStyle.values();
    private static final int[] NO_BUFFER = new int[0];
    private static final int MAX_SHARED_LINE = 4096;
    private static final int SCALAR = 0;
    private static final int SEQUENCE = 1;
    private static final int MAPPING = 2;

    private NodeCodec() {}

    static byte[] encode(Node root) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        write(root, out);
        return out.toByteArray();
    }

    /** The tree {@code bytes} hold; throws {@link IllegalArgumentException} when they hold no whole tree. */
    static Node decode(byte[] bytes) {
        Decoder decoder = new Decoder(bytes);
        Node root = decoder.node();
        if (decoder.position != bytes.length) {
            throw new IllegalArgumentException("trailing bytes after the node tree");
        }
        return root;
    }

    private static void write(Node node, ByteArrayOutputStream out) {
        int tag = TAGS.indexOf(node.getTag());
        if (tag < 0) {
            throw new IllegalArgumentException("not a core tag: " + node.getTag());
        }
        int kind = node instanceof ScalarNode ? SCALAR : node instanceof SequenceNode ? SEQUENCE : MAPPING;
        out.write(kind | tag << 2);
        writeInt(out, node.getStartMark() == null ? 0 : node.getStartMark().getLine());
        if (node instanceof ScalarNode scalar) {
            out.write(scalar.getScalarStyle().ordinal());
            byte[] value = scalar.getValue().getBytes(StandardCharsets.UTF_8);
            writeInt(out, value.length);
            out.writeBytes(value);
        } else if (node instanceof SequenceNode sequence) {
            out.write(sequence.getFlowStyle().ordinal());
            writeInt(out, sequence.getValue().size());
            sequence.getValue().forEach(item -> write(item, out));
        } else {
            MappingNode mapping = (MappingNode) node;
            out.write(mapping.getFlowStyle().ordinal());
            writeInt(out, mapping.getValue().size());
            for (NodeTuple tuple : mapping.getValue()) {
                write(tuple.getKeyNode(), out);
                write(tuple.getValueNode(), out);
            }
        }
    }

    /** An unsigned variable-length int: seven bits a byte, the high bit set on all but the last. */
    private static void writeInt(ByteArrayOutputStream out, int value) {
        while ((value & ~0x7F) != 0) {
            out.write((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out.write(value);
    }

    private static final class Decoder {

        private final byte[] bytes;
        private int position;
        /** Nodes on one line share their mark: keys and their values mostly do. */
        private Mark[] marks = new Mark[64];

        Decoder(byte[] bytes) {
            this.bytes = bytes;
        }

        Node node() {
            int header = next();
            int kind = header & 3;
            Tag tag = TAGS.get(header >>> 2);
            Mark mark = mark(readInt());
            int style = next();
            return switch (kind) {
                case SCALAR -> {
                    int length = readInt();
                    checkAvailable(length);
                    String value = new String(bytes, position, length, StandardCharsets.UTF_8);
                    position += length;
                    yield new ScalarNode(tag, true, value, mark, mark, SCALAR_STYLES[style]);
                }
                case SEQUENCE -> {
                    int count = count();
                    List<Node> items = new ArrayList<>(count);
                    for (int i = 0; i < count; i++) {
                        items.add(node());
                    }
                    yield new SequenceNode(tag, true, items, mark, mark, FLOW_STYLES[style]);
                }
                case MAPPING -> {
                    int count = count();
                    List<NodeTuple> tuples = new ArrayList<>(count);
                    for (int i = 0; i < count; i++) {
                        tuples.add(new NodeTuple(node(), node()));
                    }
                    yield new MappingNode(tag, true, tuples, mark, mark, FLOW_STYLES[style]);
                }
                default -> throw new IllegalArgumentException("unknown node kind " + kind);
            };
        }

        private Mark mark(int line) {
            if (line >= MAX_SHARED_LINE) {
                return new Mark("snapshot", 0, line, 0, NO_BUFFER, 0);
            }
            if (line >= marks.length) {
                marks = Arrays.copyOf(marks, Math.min(MAX_SHARED_LINE, Math.max(line + 1, marks.length * 2)));
            }
            Mark mark = marks[line];
            if (mark == null) {
                mark = new Mark("snapshot", 0, line, 0, NO_BUFFER, 0);
                marks[line] = mark;
            }
            return mark;
        }

        /** A count of children, each at least two bytes: more than the bytes left is a broken entry. */
        private int count() {
            int count = readInt();
            checkAvailable(count);
            return count;
        }

        private void checkAvailable(int length) {
            if (length < 0 || length > bytes.length - position) {
                throw new IllegalArgumentException("length " + length + " past the end of the entry");
            }
        }

        private int next() {
            if (position >= bytes.length) {
                throw new IllegalArgumentException("the entry ends inside a node");
            }
            return bytes[position++] & 0xFF;
        }

        private int readInt() {
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
    }
}
