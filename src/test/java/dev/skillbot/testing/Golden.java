package dev.skillbot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.card.Card;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Golden files: what a renderer draws for a card, kept under
 * {@code src/test/resources/golden/<renderer>/<name>.golden} and compared exactly. After a deliberate
 * change to a renderer or to the representative cards, {@code -Dgolden.update=true} rewrites the
 * files (and removes those no card needs any more); review the diff and commit it:
 *
 * <pre>./mvnw test -Dtest='*GoldenTest' -Dgolden.update=true</pre>
 */
public final class Golden {

    public static final Path ROOT = Path.of("src/test/resources/golden");
    public static final String UPDATE_PROPERTY = "golden.update";
    private static final String SUFFIX = ".golden";

    private Golden() {}

    /**
     * One test per card of {@link EveryCard#representative()}, comparing what {@code draw} makes of it
     * with its golden file, then one that the cards cover every {@link Card.Kind}, then one that no
     * golden file of {@code renderer} is left over.
     */
    public static Stream<DynamicTest> tests(String renderer, Function<EveryCard.Named, String> draw) {
        List<EveryCard.Named> cards = EveryCard.representative();
        Stream<DynamicTest> each = cards.stream()
                .map(card -> DynamicTest.dynamicTest(
                        card.name(),
                        file(renderer, card.name()).toUri(),
                        () -> assertMatches(renderer, card.name(), draw.apply(card))));
        DynamicTest kinds = DynamicTest.dynamicTest("every card kind is drawn", () -> {
            Set<Card.Kind> drawn = cards.stream()
                    .map(card -> card.card().kind())
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Card.Kind.class)));
            assertThat(drawn)
                    .as("EveryCard.representative() lacks a kind")
                    .containsExactlyInAnyOrder(Card.Kind.values());
        });
        DynamicTest strays = DynamicTest.dynamicTest(
                "no golden file is left over",
                () -> assertNoStrays(
                        renderer, cards.stream().map(EveryCard.Named::name).toList()));
        return Stream.concat(each, Stream.of(kinds, strays));
    }

    public static boolean updating() {
        return Boolean.getBoolean(UPDATE_PROPERTY);
    }

    /** Compares {@code actual} with the golden file of {@code renderer} and {@code name}, or rewrites the file when updating. */
    public static void assertMatches(String renderer, String name, String actual) {
        Path file = file(renderer, name);
        try {
            if (updating()) {
                Files.createDirectories(file.getParent());
                if (!Files.exists(file)
                        || !Files.readString(file, StandardCharsets.UTF_8).equals(actual)) {
                    Files.writeString(file, actual, StandardCharsets.UTF_8);
                }
                return;
            }
            assertThat(file)
                    .as("golden file %s is missing: run with -D%s=true to write it", file, UPDATE_PROPERTY)
                    .exists();
            assertThat(actual)
                    .as(
                            "%s differs from its golden file %s; if the change is meant, run with -D%s=true and review the diff",
                            name, file, UPDATE_PROPERTY)
                    .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every golden file of {@code renderer} belongs to one of {@code names}; when updating, the others are removed. */
    public static void assertNoStrays(String renderer, Collection<String> names) {
        Path dir = ROOT.resolve(renderer);
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> strays = files.filter(file ->
                            !names.contains(file.getFileName().toString().replace(SUFFIX, "")))
                    .sorted()
                    .toList();
            if (updating()) {
                for (Path stray : strays) {
                    Files.delete(stray);
                }
                return;
            }
            assertThat(strays)
                    .as("golden files no card is drawn for: run with -D%s=true to remove them", UPDATE_PROPERTY)
                    .isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path file(String renderer, String name) {
        return ROOT.resolve(renderer).resolve(name + SUFFIX);
    }
}
