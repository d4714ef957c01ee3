package dev.skillbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.testing.BundledCatalog;
import dev.skillbot.testing.FixtureCatalog;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The search page before anything is searched, served and static, and for a query past the limit. */
class SearchPageTest {

    @TempDir
    Path site;

    /**
     * The chat's hint ("such as `search crossplane`") asked web readers to type a chat command: in the
     * search box "search crossplane" finds nothing, since no text says "search".
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void anEmptySearchSuggestsWordsToTypeInTheBoxNotAChatCommand(String lang) throws Exception {
        String served = Jsoup.parse(new Pages(FixtureCatalog.load()).search("  ", lang))
                .select(".summary")
                .text();
        new SiteCommand(System.out, System.err, Map.of()).run(new String[] {
            "site", "--out", site.toString(), "--catalog", FixtureCatalog.DIR.toString(), "--locale", lang
        });
        String landing = Jsoup.parse(site.resolve("search.html").toFile(), "UTF-8")
                .select(".summary")
                .text();
        for (String hint : new String[] {served, landing}) {
            assertThat(hint)
                    .isNotBlank()
                    .contains("canary")
                    .doesNotContain("search ")
                    .doesNotContain("`");
        }
    }

    /**
     * {@code /search?q=%00} put the NUL into the heading and the search box (escaped, but HTML allows no NUL, no
     * other control character, no noncharacter in a page, and a lone surrogate is written as "?"): each such
     * character is a space, so the page is the one for the query without them, which finds the same.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void charactersHtmlDoesNotAllowAreSearchedAndShownAsSpaces(String lang) {
        Pages pages = new Pages(FixtureCatalog.load());
        Map<String, String> sameAs = Map.of(
                "\u0000", "",
                "\u0000canary\u0007", "canary",
                "canary\u0000releases", "canary releases",
                "\u001B[31mcanary\tgitops\n", "[31mcanary gitops",
                "\u007Fcanary\u0085\u009Freleases", "canary  releases",
                "canary\uFFFE\uFDD0\uDBFF\uDFFF", "canary",
                "\uD800canary \uDC00", "canary");
        sameAs.forEach((query, shown) -> {
            String page = pages.search(query, lang);
            assertThat(page).as(query).isEqualTo(pages.search(shown, lang));
            assertThat(page.codePoints()
                            .filter(c -> Character.isISOControl(c) && c != '\n'
                                    || Character.getType(c) == Character.SURROGATE
                                    || (c & 0xFFFE) == 0xFFFE
                                    || c >= 0xFDD0 && c <= 0xFDEF))
                    .as(query)
                    .isEmpty();
        });
    }

    /** A query past the limit is a search that is too long, not "That command is … long" as the chat says. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void aTooLongQueryIsCalledASearchNotACommand(String lang) {
        String query = "kafka ".repeat(PageBuilders.MAX_QUERY);
        String summary = Jsoup.parse(new Pages(FixtureCatalog.load()).search(query, lang))
                .select(".summary")
                .text();
        assertThat(summary)
                .isEqualTo(Labels.of(lang).get("search.tooLong", query.strip().length(), PageBuilders.MAX_QUERY))
                .contains("1,199")
                .doesNotContain("command")
                .doesNotContain("命令");
    }

    /**
     * The search page read "releases canaries" (an alias and a word of the name) and "canary trains" (two skills)
     * only by the matcher, which offered five "did you mean" skills for each, and "canary senior" likewise: it reads
     * them as a chat lookup does (SkillsNamed), so one skill is named, two are both listed, and a level is read past.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void wordsNamingSkillsNameThemAsInChat(String lang) {
        Pages pages = new Pages(FixtureCatalog.load());
        for (String query : List.of("releases canaries", "canary senior", "the trains release train lead")) {
            Document page = Jsoup.parse(pages.search(query, lang));
            assertThat(page.select("p.named a").eachText()).as(query).hasSize(1);
            assertThat(page.select("ul.candidates")).as(query).isEmpty();
        }
        Document two = Jsoup.parse(pages.search("canary trains", lang));
        assertThat(two.select("p.several").text()).isEqualTo(Labels.of(lang).get("search.several"));
        assertThat(two.select("ul.named-skills a").eachAttr("href"))
                .containsExactly("./skills/canary-releases", "./skills/release-trains");
        assertThat(two.select("p.named, ul.candidates")).isEmpty();
        assertThat(Jsoup.parse(pages.search("canary senior", lang))
                        .select("p.named a")
                        .attr("href"))
                .isEqualTo("./skills/canary-releases?level=senior#level-senior");
    }

    /**
     * {@code kubernetes platform} asked "did you mean" among five skills, although a chat lookup reads it as
     * Kubernetes Operations for the Platform Engineer: "platform" is a role's word and also a word of Platform
     * Engineering's name. A level or role word is read past when nothing else names a skill, and the other skill
     * its word is in the name of is offered beside it; {@code canary reliability} likewise (Load Testing's alias
     * reliability-testing).
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void aRoleWordThatIsAlsoAWordOfAnotherSkillsNameIsReadAsTheRole(String lang) {
        Document page = Jsoup.parse(new Pages(BundledCatalog.get()).search("kubernetes platform", lang));
        assertThat(page.select("p.named a").attr("href")).isEqualTo("./skills/kubernetes-operations?role=platform");
        assertThat(page.select("p.alternatives").text())
                .isEqualTo(Labels.of(lang).get("search.alternatives"));
        assertThat(page.select("ul.alternatives a").eachAttr("href")).containsExactly("./skills/platform-engineering");
        assertThat(page.select("ul.candidates")).isEmpty();

        Document fixture = Jsoup.parse(new Pages(FixtureCatalog.load()).search("canary reliability senior", lang));
        assertThat(fixture.select("p.named a").attr("href"))
                .isEqualTo("./skills/canary-releases?level=senior&role=sre#senior-sre");
        assertThat(fixture.select("ul.alternatives a").eachAttr("href")).containsExactly("./skills/load-testing");
    }

    /**
     * {@code gitops senior} linked to GitOps Practices' page, not to its Senior level, and said "Nothing in the
     * catalog mentions 'gitops senior'" right under "This names the skill": the named skill links to the level (and
     * role, when the skill includes it) its words name, and the full text is searched without those words.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void aSkillAndALevelLinkToThatLevelAndTheFullTextIsSearchedWithoutIt(String lang) {
        Pages pages = new Pages(BundledCatalog.get());
        Document page = Jsoup.parse(pages.search("gitops senior", lang));
        assertThat(page.select("p.named a").attr("href"))
                .isEqualTo("./skills/gitops-practices?level=senior" + "#level-senior");
        assertThat(page.select("p.named .where").text()).isEqualTo(lang.equals("en") ? "· Senior" : "· 高级");
        assertThat(page.select("ol.hits a").eachAttr("href"))
                .anyMatch(link -> link.startsWith("./skills/gitops-practices?level="));
        assertThat(page.select("p.summary").text()).doesNotContain("gitops senior");

        Document withRole = Jsoup.parse(pages.search("gitops sre lead", lang));
        assertThat(withRole.select("p.named a").attr("href"))
                .isEqualTo("./skills/gitops-practices?level=lead&role=sre" + "#lead-sre");
        // a typo names the skill, and nothing mentions the typo: the page does not say so under the skill
        Document typo = Jsoup.parse(pages.search("kubernets", lang));
        assertThat(typo.select("p.named a")).hasSize(1);
        assertThat(typo.select("p.summary, ol.hits")).isEmpty();
    }

    /**
     * Probing by hand: {@code senior} alone offered "did you mean" three skills whose keys look like "senior"
     * (Networking and Service Mesh, Secrets Management, Chaos Engineering), and {@code gitops senior lead} offered
     * Technical Leadership beside GitOps Practices, "lead" being a word of its alias tech-lead. Words that are all
     * levels or roles mean no skill, and a level word is the level, never a skill's name.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void levelWordsAloneOfferNoSkillAndAreNeverAnAlternative(String lang) {
        Pages pages = new Pages(BundledCatalog.get());
        for (String query : List.of("senior", "_senior_", "Senior")) {
            Document page = Jsoup.parse(pages.search(query, lang));
            assertThat(page.select("ul.candidates, p.named, ul.named-skills"))
                    .as(query)
                    .isEmpty();
            assertThat(page.select("ol.hits li")).as(query).isNotEmpty();
        }
        Document levels = Jsoup.parse(pages.search("gitops senior lead", lang));
        assertThat(levels.select("p.named a").attr("href"))
                .isEqualTo("./skills/gitops-practices?from=senior&to=lead#compare");
        assertThat(levels.select("ul.alternatives")).isEmpty();
    }
}
