package dev.skillbot.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The snapshot's codecs write {@link ParsedFile} and {@link Definitions} field by field; a snapshot
 * of an earlier shape must not be read into a later one. The records' shape is pinned beside the
 * format version, so changing a record fails here until both are updated together.
 */
class SnapshotShapeTest {

    @Test
    void theRecordsInASnapshotHaveTheShapeItsFormatVersionWasWrittenFor() {
        String shape = shape(ParsedFile.class, Definitions.class);

        assertThat(sha256(shape))
                .as(
                        "the records a snapshot holds changed:%n%s%nraise SnapshotFormat.VERSION, update the codecs "
                                + "and set SnapshotFormat.SHAPE to the hash of this shape",
                        shape)
                .isEqualTo(SnapshotFormat.SHAPE);
    }

    @Test
    void theShapeNamesEveryNestedRecordAndComponent() {
        String shape = shape(ParsedFile.class, Definitions.class);

        assertThat(shape)
                .contains("Skill(java.lang.String id, dev.skillbot.catalog.Localized localizedName,")
                .contains("Expectation(java.lang.String levelId, java.lang.String roleId,")
                .contains("Labels(java.util.Map<java.lang.String, java.lang.String> byLocale)")
                .contains("ParsedSkill(");
    }

    /** Every record reachable from {@code roots} through components and their type arguments, one a line. */
    static String shape(Class<?>... roots) {
        Set<Class<?>> records = new LinkedHashSet<>();
        Arrays.stream(roots).forEach(root -> collect(root, records));
        return records.stream()
                .map(type -> type.getSimpleName()
                        + Arrays.stream(type.getRecordComponents())
                                .map(component -> component.getGenericType().getTypeName() + " " + component.getName())
                                .collect(Collectors.joining(", ", "(", ")")))
                .collect(Collectors.joining("\n"));
    }

    private static void collect(Type type, Set<Class<?>> records) {
        if (type instanceof ParameterizedType parameterized) {
            Arrays.stream(parameterized.getActualTypeArguments()).forEach(argument -> collect(argument, records));
            collect(parameterized.getRawType(), records);
        } else if (type instanceof Class<?> clazz && clazz.isRecord() && records.add(clazz)) {
            for (RecordComponent component : clazz.getRecordComponents()) {
                collect(component.getGenericType(), records);
            }
        }
    }

    private static String sha256(String text) {
        return HexFormat.of()
                .formatHex(ContentHash.sha256().digest(text.getBytes(StandardCharsets.UTF_8)))
                .substring(0, 16);
    }
}
