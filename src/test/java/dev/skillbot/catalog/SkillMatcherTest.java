package dev.skillbot.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.testing.BareSkills;
import dev.skillbot.testing.BundledCatalog;
import dev.skillbot.testing.FixtureCatalog;
import dev.skillbot.testing.SyntheticCatalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SkillMatcherTest {

    private final SkillMatcher matcher = FixtureCatalog.load().matcher();

    @ParameterizedTest
    @CsvSource({
        "canary-releases, EXACT, canary-releases",
        "Canary Releases, EXACT, canary-releases",
        "canary, EXACT, canary-releases",
        "CANARY, EXACT, canary-releases",
        "cana ry, EXACT, canary-releases",
        "canary!, EXACT, canary-releases",
        "canaries, EXACT, canary-releases",
        "load testing, EXACT, load-testing",
        "trains, EXACT, release-trains",
        "load te, PREFIX, load-testing",
        "release tr, PREFIX, release-trains",
        "canray, TYPO, canary-releases",
        "canary relases, TYPO, canary-releases",
        "lod testing, TYPO, load-testing",
        "relase trains, TYPO, release-trains",
    })
    void findsSkills(String query, SkillMatch.Kind kind, String skillId) {
        SkillMatch match = matcher.match(query);
        assertThat(match.skill()).as(query).map(Skill::id).contains(skillId);
        if (kind != SkillMatch.Kind.EXACT) {
            assertThat(match.kind()).as(query).isEqualTo(kind);
        }
    }

    @Test
    void noGoodMatchOffersTheClosestSkills() {
        SkillMatch match = matcher.match("lod testng tools");
        assertThat(match.matched()).isFalse();
        assertThat(match.candidates()).extracting(Skill::id).first().isEqualTo("load-testing");
    }

    /**
     * "alert(1)" (of {@code <script>alert(1)</script>}) was offered Mobile Release Engineering, which shares one
     * trigram with it and is five edits away: a candidate is within the edits counted, or shares a quarter of the
     * query's trigrams, as a query of several words shares them with the names it holds.
     */
    @Test
    void aCandidateResemblesTheQuery() {
        Catalog bundled = BundledCatalog.get();
        assertThat(bundled.matcher().match("alert(1)").candidates()).isEmpty();
        assertThat(bundled.matcher().match("rollback senior").candidates()).isEmpty();
        assertThat(bundled.matcher().match("gitopz kubernets").candidates())
                .extracting(Skill::id)
                .containsExactly("kubernetes-operations", "gitops-practices");
    }

    @Test
    void ambiguousPrefixListsTheCandidates() {
        SkillMatch match = matcher.match("release");
        assertThat(match.matched()).isFalse();
        assertThat(match.candidates()).extracting(Skill::id).contains("canary-releases", "release-trains");
        SkillMatch trains = matcher.match("release t");
        assertThat(trains.skill()).map(Skill::id).contains("release-trains");
    }

    @Test
    void aLastWordSeveralNamesEndWithIsAmbiguousWhereverTheSearchLandsAmongThem() {
        // "engineering" is no skill's key, only the last word of several names, so every one of them is a candidate;
        // other skills sort before and after it, so the binary search lands at each place among the equal keys
        for (int count = 2; count <= 4; count++) {
            for (int after = 0; after <= 8; after++) {
                List<Skill> skills = new ArrayList<>();
                for (int s = 0; s < count; s++) {
                    skills.add(BareSkills.of("e" + s, (char) ('a' + s) + "data Engineering", List.of(), "d"));
                }
                for (int s = 0; s < after; s++) {
                    skills.add(BareSkills.of("z" + s, "Zz " + (char) ('a' + s), List.of(), "d"));
                }
                SkillMatch match = new SkillMatcher(skills).match("engineering");

                String place = count + " names, " + after + " after";
                assertThat(match.matched()).as(place).isFalse();
                assertThat(match.candidates()).as(place).extracting(Skill::id).startsWith("e0", "e1");
            }
        }
    }

    @Test
    void nonsenseFindsNothingButNeverFails() {
        assertThat(matcher.match("zzzzqqq").matched()).isFalse();
        assertThat(matcher.match("").candidates()).isEmpty();
        assertThat(matcher.match("!!!").matched()).isFalse();
    }

    @Test
    void suggestRanksExactThenPrefixThenClose() {
        assertThat(matcher.suggest("canary", 25)).extracting(Skill::id).first().isEqualTo("canary-releases");
        assertThat(matcher.suggest("", 2)).hasSize(2);
        assertThat(matcher.suggest("o", 25)).hasSizeLessThanOrEqualTo(25);
    }

    @Test
    void typoLookupWorksOnALargeSyntheticCatalog(@TempDir Path temp) {
        Catalog large = new CatalogLoader()
                .load(SyntheticCatalog.write(temp, SyntheticCatalog.Spec.of(2_000)))
                .catalog()
                .orElseThrow();
        String name = SyntheticCatalog.name(1234);
        String typo = name.substring(0, 3) + name.charAt(4) + name.charAt(3) + name.substring(5);
        assertThat(large.matcher().match(typo).skill()).map(Skill::name).contains(name);
        assertThat(large.matcher().match(SyntheticCatalog.alias(1234)).skill())
                .map(Skill::name)
                .contains(name);
        assertThat(large.matcher().suggest(name.substring(0, 12), 25)).hasSize(25);
    }
}
