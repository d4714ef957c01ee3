package dev.skillbot.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.testing.FixtureCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A maintainer's slip in any catalog file (a line lost, doubled or shifted, a value of another YAML type, an
 * anchor, a tag, a cut-off file, a stray control character) gives either a valid catalog or problems that each
 * name the file, in words: the loader never throws, and never answers with nothing to say.
 */
class CatalogYamlMutationPropertyTest {

    /** Values a key can be given instead of its own: other YAML types, YAML 1.1 words, anchors, tags and broken syntax. */
    private static final List<String> VALUES = List.of(
            "",
            "~",
            "null",
            "[]",
            "{}",
            "7",
            "-1",
            "1e400",
            "0x1F",
            "yes",
            "2026-13-45",
            "\"text\"",
            "'unterminated",
            "\"unterminated",
            "[a, [b",
            "{a: 1, a: 2}",
            "&anchor value",
            "*anchor",
            "!!binary aGk=",
            "!!python/object:os.system x",
            "|",
            ">-",
            "- item",
            "@at",
            "`tick`",
            "{en: English, zh-CN: 中文}",
            "{en: English, fr: Français}",
            "{zh-CN: 中文}",
            "{en: [x]}",
            "x".repeat(5000));

    private static final List<String> STRAYS = List.of("\t", "\u0000", "\uFEFF", "\u2028", "\r", ": ", "#", "\"", "é");

    record Mutation(int kind, int line, int value, int offset) {}

    @Property(tries = 150)
    void aBrokenFileGivesAValidCatalogOrProblemsThatNameIt(
            @ForAll("catalog") int catalog, @ForAll("file") int file, @ForAll("mutations") List<Mutation> mutations)
            throws IOException {
        Path dir = Files.createTempDirectory("yaml-mutation");
        try {
            if (catalog == 0) {
                FixtureCatalog.copyTo(dir);
            } else {
                FixtureCatalog.copyBilingualTo(dir);
            }
            List<Path> files = yamlFiles(dir);
            Path target = files.get(file % files.size());
            String yaml = Files.readString(target, StandardCharsets.UTF_8);
            for (Mutation mutation : mutations) {
                yaml = apply(yaml, mutation);
            }
            Files.writeString(target, yaml, StandardCharsets.UTF_8);

            LoadResult result = new CatalogLoader().load(dir);

            if (result.catalog().isEmpty()) {
                assertThat(result.problems()).as("a refused catalog says why").isNotEmpty();
            }
            for (Problem problem : result.problems()) {
                assertThat(problem.file()).as("%s", problem).startsWith(dir.toString());
                assertThat(problem.message())
                        .as("%s", problem)
                        .isNotBlank()
                        .doesNotContain("Exception", "\tat ", "java.");
            }
        } finally {
            delete(dir);
        }
    }

    private static String apply(String yaml, Mutation mutation) {
        List<String> lines = new ArrayList<>(List.of(yaml.split("\n", -1)));
        int at = mutation.line() % lines.size();
        String line = lines.get(at);
        switch (mutation.kind()) {
            case 0 -> lines.remove(at);
            case 1 -> lines.add(at, line);
            case 2 -> lines.set(at, "  " + line);
            case 3 -> lines.set(at, line.startsWith("  ") ? line.substring(2) : line);
            case 4 -> {
                int colon = line.indexOf(": ");
                String value = VALUES.get(mutation.value() % VALUES.size());
                lines.set(at, colon < 0 ? line + ": " + value : line.substring(0, colon + 2) + value);
            }
            case 5 ->
                lines.add(at, line.replaceAll("\\S.*", "") + "extra: " + VALUES.get(mutation.value() % VALUES.size()));
            case 6 -> {
                return yaml.substring(0, mutation.offset() % (yaml.length() + 1));
            }
            default -> {
                int offset = mutation.offset() % (yaml.length() + 1);
                return yaml.substring(0, offset)
                        + STRAYS.get(mutation.value() % STRAYS.size())
                        + yaml.substring(offset);
            }
        }
        return String.join("\n", lines);
    }

    @Provide
    Arbitrary<Integer> catalog() {
        return Arbitraries.integers().between(0, 1);
    }

    @Provide
    Arbitrary<Integer> file() {
        return Arbitraries.integers().between(0, 100);
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Mutation> mutation = Combinators.combine(
                        Arbitraries.integers().between(0, 7),
                        Arbitraries.integers().between(0, 10_000),
                        Arbitraries.integers().between(0, 10_000),
                        Arbitraries.integers().between(0, 100_000))
                .as(Mutation::new);
        return mutation.list().ofMinSize(1).ofMaxSize(3);
    }

    private static List<Path> yamlFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(path -> path.toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
