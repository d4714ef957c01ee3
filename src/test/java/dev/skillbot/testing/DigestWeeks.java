package dev.skillbot.testing;

import dev.skillbot.digest.CatalogChange;
import dev.skillbot.digest.DigestInputs;
import dev.skillbot.digest.IsoWeek;
import dev.skillbot.digest.Scope;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Any week a digest may have to tell of, over the fixture catalog: up to 400 changes to up to 200 skills and 30
 * most-looked-up skills, naming the fixture's skills, levels and roles or ones the catalog no longer has (skills
 * removed since, a hostile id from an old row), and any number of suggestions waiting and approvals not written.
 */
public final class DigestWeeks {

    private static final IsoWeek WEEK = IsoWeek.parse("2026-W48");
    private static final Instant MONDAY = Instant.parse("2026-11-30T09:00:00Z");

    private DigestWeeks() {}

    public static Arbitrary<DigestInputs> any() {
        Arbitrary<String> known = Arbitraries.of(
                FixtureCatalog.CANARY_RELEASES,
                FixtureCatalog.RELEASE_TRAINS,
                FixtureCatalog.LOAD_TESTING,
                "retired-skill",
                "<!channel>",
                "@everyone",
                "x".repeat(300));
        Arbitrary<String> skills =
                Arbitraries.oneOf(known, Arbitraries.integers().between(0, 199).map(i -> "retired-" + i));
        Arbitrary<String> levels =
                Arbitraries.of("junior", "senior", "principal", "gone-level").injectNull(0.2);
        Arbitrary<String> roles = Arbitraries.of("devops", "sre", "gone-role").injectNull(0.2);
        Arbitrary<CatalogChange> change = Combinators.combine(
                        skills, Arbitraries.of(CatalogChange.Kind.class), levels, roles)
                .as((skill, kind, level, role) ->
                        new CatalogChange(MONDAY.minusSeconds(86_400), "rev", skill, kind, level, role));
        Arbitrary<Map.Entry<String, Long>> lookup = Combinators.combine(
                        skills, Arbitraries.longs().between(1, 1_000_000_000L))
                .as(Map::entry);
        return Combinators.combine(
                        change.list().ofMaxSize(400),
                        Arbitraries.longs().between(0, 1_000_000L),
                        Arbitraries.longs().between(0, 400L * 86_400),
                        lookup.list().ofMaxSize(30))
                .as((changes, waiting, age, lookups) -> new DigestInputs(
                        WEEK,
                        Scope.all(),
                        changes,
                        waiting,
                        waiting == 0 ? Optional.empty() : Optional.of(MONDAY.minusSeconds(age)),
                        MONDAY,
                        lookups,
                        waiting % 101,
                        waiting % 101 == 0 ? Optional.empty() : Optional.of(MONDAY.minusSeconds(age))));
    }

    /** A week with nothing but {@code count} approvals not written, the oldest {@code days} old. */
    public static DigestInputs notWrittenOnly(long count, long days) {
        return new DigestInputs(
                WEEK,
                Scope.all(),
                List.of(),
                0,
                Optional.empty(),
                MONDAY,
                List.of(),
                count,
                Optional.of(MONDAY.minusSeconds(days * 86_400 + 3_600)));
    }
}
