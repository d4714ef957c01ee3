package dev.skillbot.catalog;

import static dev.skillbot.catalog.OutcomeSnapshotTest.assertSameLoad;
import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.testing.SyntheticCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Over synthetic catalogs in one and two languages, some files broken in different ways, and every
 * kind of translation check: a restart that takes every outcome from the snapshot gives the same
 * skills, problems and missing translations as a load that reads every file.
 */
class OutcomeSnapshotEquivalenceTest {

    private static final int SKILLS = 60;

    @TempDir
    Path temp;

    static Stream<Arguments> catalogsAndChecks() {
        List<TranslationCheck> checks = List.of(
                TranslationCheck.NONE,
                TranslationCheck.missing("zh-CN"),
                TranslationCheck.strict(CatalogLocales.DEFAULT));
        return Stream.of(1, 2)
                .flatMap(languages -> Stream.of(false, true)
                        .flatMap(broken -> checks.stream().map(check -> Arguments.of(languages, broken, check))));
    }

    @ParameterizedTest(name = "{0} language(s), broken files {1}, {2}")
    @MethodSource("catalogsAndChecks")
    void aRestartFromTheSnapshotLoadsWhatReadingEveryFileLoads(int languages, boolean broken, TranslationCheck check)
            throws IOException {
        SyntheticCatalog.Spec spec = SyntheticCatalog.Spec.of(SKILLS);
        Path dir = SyntheticCatalog.write(temp.resolve("catalog"), languages > 1 ? spec.bilingual() : spec);
        if (broken) {
            breakSomeFiles(dir);
        }
        Path snapshot = temp.resolve("data").resolve("catalog-snapshot.bin");
        LoadResult first = loader(check).snapshotIn(snapshot).load(dir);

        CatalogLoader restarted = loader(check).snapshotIn(snapshot);
        LoadResult again = restarted.load(dir);

        assertThat(restarted.reusedFromSnapshot()).isEqualTo(SKILLS);
        assertSameLoad(again, first);
        assertSameLoad(again, loader(check).load(dir));
        assertThat(again.problems().isEmpty()).isEqualTo(!broken && !(check.strict() && languages == 1));
    }

    private static CatalogLoader loader(TranslationCheck check) {
        return new CatalogLoader(UnaryOperator.identity(), CatalogLocales.DEFAULT, check);
    }

    /** Broken YAML, an unknown role, a missing cell and a clashing alias, in four files. */
    private static void breakSomeFiles(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(file -> file.getNameCount() - dir.getNameCount() == 2)
                    .sorted()
                    .limit(4)
                    .toList();
        }
        edit(files.get(0), yaml -> yaml + "\n  - [unclosed\n");
        edit(files.get(1), yaml -> yaml.replaceFirst("roles: \\[", "roles: [astronaut, "));
        edit(files.get(2), yaml -> yaml.replaceFirst("(?s)\n  junior:.*?\n  middle:", "\n  middle:"));
        edit(
                files.get(3),
                yaml -> yaml.replaceFirst("aliases: \\[[^]]*]", "aliases: [" + SyntheticCatalog.alias(5) + "]"));
    }

    private static void edit(Path file, UnaryOperator<String> change) throws IOException {
        String before = Files.readString(file, StandardCharsets.UTF_8);
        String after = change.apply(before);
        assertThat(after).as("edit of %s", file).isNotEqualTo(before);
        Files.writeString(file, after, StandardCharsets.UTF_8);
    }
}
