package dev.skillbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.Level;
import dev.skillbot.catalog.Skill;
import dev.skillbot.testing.FixtureCatalog;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A promotion gap reads from the lower level up, in whichever order the address names the two levels
 * ({@code ?from=lead&to=senior} is Senior → Lead), as the chat's {@code gitops lead..senior} does: a
 * reversed comparison said that Senior "expects more" than Lead.
 */
class ComparisonOrderPropertyTest {

    private static final Catalog CATALOG = FixtureCatalog.load();

    @Property(tries = 60)
    void eitherOrderOfTwoLevelsShowsTheSameGapFromTheLowerLevelUp(
            @ForAll("skills") String skill,
            @ForAll("levels") String oneId,
            @ForAll("levels") String otherId,
            @ForAll("lang") String lang) {
        Assume.that(!oneId.equals(otherId));
        Level one = CATALOG.level(oneId).orElseThrow();
        Level other = CATALOG.level(otherId).orElseThrow();
        Level lower = one.rank() < other.rank() ? one : other;
        Level higher = one.rank() < other.rank() ? other : one;
        Pages pages = new Pages(CATALOG);

        Document asked = Jsoup.parse(pages.skill(skill, lang, null, null, one.id(), other.id()));
        Document upward = Jsoup.parse(pages.skill(skill, lang, null, null, lower.id(), higher.id()));

        assertThat(asked.select("#compare").outerHtml())
                .isEqualTo(upward.select("#compare").outerHtml());
        assertThat(asked.select("#compare h2").text()).isEqualTo(lower.name(lang) + " → " + higher.name(lang));
        assertThat(asked.select("#from option[selected]").attr("value")).isEqualTo(lower.id());
        assertThat(asked.select("#to option[selected]").attr("value")).isEqualTo(higher.id());
        assertThat(asked.select(".notice")).isEmpty();
    }

    /**
     * One level alone compares with its neighbour; at an end of the ladder there is none, and the page shows that
     * level, as the chat's {@code gitops principal vs} shows Principal: it showed neither the level nor a comparison.
     */
    @Example
    void aComparisonFromAnEndOfTheLadderShowsThatLevel() {
        Pages pages = new Pages(CATALOG);
        String skill = FixtureCatalog.CANARY_RELEASES;
        Document top = Jsoup.parse(pages.skill(skill, "en", null, null, "principal", null));
        Document bottom = Jsoup.parse(pages.skill(skill, "zh-CN", null, null, null, "junior"));
        Document middle = Jsoup.parse(pages.skill(skill, "en", null, null, "senior", null));
        assertThat(top.select("#focus h2").text()).isEqualTo("Principal");
        assertThat(bottom.select("#focus h2").text()).isEqualTo("初级");
        assertThat(top.select("#compare")).isEmpty();
        assertThat(middle.select("#compare h2").text()).isEqualTo("Senior → Lead");
        assertThat(middle.select("#focus")).isEmpty();
        for (Document page : new Document[] {top, bottom, middle}) {
            assertThat(page.select(".notice")).isEmpty();
        }
    }

    @Provide
    Arbitrary<String> skills() {
        return Arbitraries.of(CATALOG.skills().stream().map(Skill::id).toList());
    }

    @Provide
    Arbitrary<String> levels() {
        return Arbitraries.of(CATALOG.levels().stream().map(Level::id).toList());
    }

    @Provide
    Arbitrary<String> lang() {
        return Arbitraries.of("en", "zh-CN");
    }
}
