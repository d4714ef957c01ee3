package dev.skillbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.i18n.MessageKey;
import dev.skillbot.testing.BundledCatalog;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the search page makes of level and role words, and of words that are no words, served and static. */
class SearchLevelsAndRolesTest {

    private final Catalog catalog = BundledCatalog.get();
    private final Pages pages = new Pages(catalog);

    /**
     * {@code devops senior} found nothing (both words were searched as text, and no text says both): words that
     * name no skill keep their levels and roles as filters of the hits, the page says which, and the other words
     * are searched for ({@code rollback senior}: the Senior cells that mention "rollback").
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void levelAndRoleWordsThatNameNoSkillFilterTheHits(String lang) {
        Labels t = Labels.of(lang);
        Document every = Jsoup.parse(pages.search("devops senior", lang));
        assertThat(every.select("ol.hits > li").eachAttr("data-cell"))
                .hasSize((int) catalog.skills().stream()
                        .filter(skill -> skill.includesRole("devops"))
                        .count())
                .containsOnly("senior-devops");
        assertThat(every.select("p.filtered").text())
                .isEqualTo(t.chat(
                        MessageKey.SEARCH_FILTERED,
                        catalog.levelByAlias("senior").orElseThrow().name(lang) + " · "
                                + catalog.roleByAlias("devops").orElseThrow().name(lang)));
        assertThat(every.select("p.summary")).isEmpty();
        Document alone = Jsoup.parse(pages.search("platform", lang));
        assertThat(alone.select("p.filtered")).isEmpty(); // one role alone is searched for as text
        assertThat(alone.select("ol.hits > li").eachAttr("data-cell"))
                .isNotEmpty()
                .anyMatch(cell -> !cell.endsWith("-platform"));
        assertThat(every.select("ul.candidates, p.named")).isEmpty();

        Document words = Jsoup.parse(pages.search("rollback senior", lang));
        List<String> cells = words.select("ol.hits > li").eachAttr("data-cell");
        assertThat(cells).isNotEmpty().allMatch(cell -> cell.startsWith("senior-"));
        assertThat(words.select("ol.hits p").text().toLowerCase()).contains("rollback");
        assertThat(Jsoup.parse(pages.search("rollback", lang)).select("ol.hits > li"))
                .hasSizeGreaterThan(cells.size());
    }

    /**
     * {@code gitops senior lead} linked to the Senior level: two levels link to their comparison (in the static
     * site, which has comparisons of neighbouring levels only, to the lower level's row for two others), with the
     * role when one is named; {@code kubernetes platform} linked to the skill's page without its role.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void twoLevelsLinkToTheirComparisonAndARoleIsKeptWithoutALevel(String lang) {
        assertThat(named(pages.search("gitops lead senior sre", lang)).attr("href"))
                .isEqualTo("./skills/gitops-practices?from=senior&to=lead&role=sre#compare");
        assertThat(named(pages.search("gitops senior lead", lang))
                        .parent()
                        .select(".where")
                        .text())
                .isEqualTo("· " + level("senior", lang) + " → " + level("lead", lang));
        assertThat(named(pages.search("kubernetes platform", lang)).attr("href"))
                .isEqualTo("./skills/kubernetes-operations?role=platform");
        assertThat(named(staticSearch("gitops lead senior sre", lang)).attr("href"))
                .isEqualTo("compare/gitops-practices.senior.lead.html#compare");
        assertThat(named(staticSearch("gitops principal senior sre", lang)).attr("href"))
                .isEqualTo("skills/gitops-practices.html#senior-sre");
        assertThat(named(staticSearch("kubernetes platform", lang)).attr("href"))
                .isEqualTo("skills/kubernetes-operations.html#junior-platform");
    }

    /**
     * {@code <script></script>} and {@code &amp; &lt;b&gt;} were offered skills as "did you mean": markup
     * and punctuation are no typo of a name; a real typo among them still is.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void markupAndPunctuationAreNoTypoOfASkill(String lang) {
        for (String junk :
                List.of("<script></script>", "&amp; &lt;b&gt;", "<script>", "</b>", "!!!", "<b> &#x27; !!!")) {
            assertThat(Jsoup.parse(pages.search(junk, lang)).select("ul.candidates, p.named"))
                    .as(junk)
                    .isEmpty();
        }
        assertThat(named(pages.search("gitosp", lang)).attr("href")).isEqualTo("./skills/gitops-practices");
        assertThat(Jsoup.parse(pages.search("<b>gitopz</b> kubernets", lang)).select("ul.candidates a"))
                .isNotEmpty();
    }

    /**
     * {@code rollback reliability} offered Mobile Performance and Reliability, Observability and Web Accessibility as
     * "did you mean" beside the SRE cells that mention rollback: the candidates were worked out from the whole query,
     * filter words included; they are worked out from the words searched for, "rollback", which resembles no name.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void didYouMeanIsWorkedOutFromTheWordsSearchedFor(String lang) {
        for (String query : List.of("rollback reliability", "rollback 高级")) {
            Document page = Jsoup.parse(pages.search(query, lang));
            assertThat(page.select("p.filtered")).as(query).isNotEmpty();
            assertThat(page.select("ol.hits > li")).as(query).isNotEmpty();
            assertThat(page.select("ul.candidates")).as(query).isEmpty();
        }
    }

    /**
     * {@code a} and {@code </b>} (searched as "b") listed 600 hits, every text with the letter in it: a word of one
     * letter or digit is not searched for, and a search of such words only says they are too short, also beside level
     * and role words that would otherwise list every cell they filter ({@code senior a}); one Chinese
     * character is a word ({@code 运}). Markup is dropped before words are made: {@code <script>alert(1)</script>}
     * looks for "alert(1)" (and its "1" is too short), as {@code alert} does, and offers no skill sharing a trigram.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void oneLetterWordsAndMarkupAreNotSearchedFor(String lang) {
        Labels t = Labels.of(lang);
        // "senior a" listed every Senior cell: the level was left alone as a filter once "a" was dropped
        Map<String, String> tooShort =
                Map.of("a", "a", "b c", "b c", "</b> a", "a", "senior a", "a", "devops senior a", "a", "高级 b c", "b c");
        tooShort.forEach((query, words) -> {
            Document page = Jsoup.parse(pages.search(query, lang));
            assertThat(page.select("ol.hits > li")).as(query).isEmpty();
            assertThat(page.select("p.summary").text()).as(query).isEqualTo(t.chat(MessageKey.SEARCH_TOO_SHORT, words));
        });
        assertThat(hits("a kafka", lang)).isEqualTo(hits("kafka", lang));
        assertThat(hits("运", lang)).isNotEmpty();
        assertThat(hits("<script>alert(1)</script>", lang)).isNotEmpty().isEqualTo(hits("alert", lang));
        // a mention as Slack and Discord send it was searched for as "u123", so nothing was found beside it
        assertThat(hits("<@U123> kafka <!here> <#C1|general> <@&42>", lang))
                .isNotEmpty()
                .isEqualTo(hits("kafka", lang));
        assertThat(Jsoup.parse(pages.search("<script>alert(1)</script>", lang)).select("ul.candidates"))
                .isEmpty();
        assertThat(Jsoup.parse(pages.search("!!!", lang)).select("p.summary").text())
                .isEqualTo(t.chat(MessageKey.SEARCH_NONE, "!!!"));
    }

    /**
     * {@code 资深 平台} named Platform Engineering at Lead, as the start of its Chinese name 平台工程, where
     * {@code lead platform} lists the Lead Platform Engineer's cells: 平台, the role's short word, is its alias as
     * "platform" is, so both read the same (and 资深 is the Lead level's Chinese name); so are the other roles' short
     * words that name one role (后端, 前端, 安全, 移动端, 可靠性, 经理).
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void aRolesChineseShortWordIsReadAsTheRole(String lang) {
        Document chinese = Jsoup.parse(pages.search("资深 平台", lang));
        Document english = Jsoup.parse(pages.search("lead platform", lang));
        assertThat(chinese.select("p.named")).isEmpty();
        assertThat(chinese.select("p.filtered").text())
                .isNotEmpty()
                .isEqualTo(english.select("p.filtered").text());
        assertThat(hits("资深 平台", lang)).isNotEmpty().isEqualTo(hits("lead platform", lang));
        assertThat(hits("高级 基础设施", lang)).isNotEmpty().isEqualTo(hits("senior infrastructure", lang));
        // 高级 后端 found nothing (no text says both): the other roles' Chinese short words are theirs too
        Map.of(
                        "高级 后端", "senior backend",
                        "资深 前端", "lead frontend",
                        "高级 安全", "senior security",
                        "中级 移动端", "middle mobile",
                        "初级 移动", "junior mobile",
                        "高级 可靠性", "senior sre",
                        "资深 经理", "lead em")
                .forEach((chineseWords, englishWords) -> assertThat(hits(chineseWords, lang))
                        .as(chineseWords)
                        .isNotEmpty()
                        .isEqualTo(hits(englishWords, lang)));
    }

    /**
     * {@code gitops高级} named GitOps Practices without its level and found no text, {@code gitops senior..lead}
     * offered "did you mean" and found nothing, where the chat's search (given the command's words) names GitOps
     * Practices at Senior, and between Senior and Lead: the page reads the words apart as the chat does.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void wordsTypedTogetherAreReadApartAsInChat(String lang) {
        assertThat(Jsoup.parse(pages.search("gitops高级", lang)).select("p.named").text())
                .isEqualTo(Jsoup.parse(pages.search("gitops 高级", lang))
                        .select("p.named")
                        .text())
                .endsWith("· " + level("senior", lang));
        assertThat(hits("gitops高级", lang)).isNotEmpty().isEqualTo(hits("gitops 高级", lang));
        assertThat(named(pages.search("gitops senior..lead", lang)).attr("href"))
                .isEqualTo("./skills/gitops-practices?from=senior&to=lead#compare");
    }

    /**
     * {@code gitops senior} listed GitOps Practices itself among the hits, right under "This names the skill", where
     * the chat's card leaves it out: a named skill's own hit is not listed again, and not counted.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void aNamedSkillIsNotListedAgainAmongTheHits(String lang) {
        Document page = Jsoup.parse(pages.search("gitops senior", lang));
        assertThat(page.select("ol.hits > li a").eachAttr("href")).doesNotContain("./skills/gitops-practices");
        assertThat(page.select("ol.hits > li[data-cell!=''] a").eachAttr("href"))
                .anyMatch(link -> link.startsWith("./skills/gitops-practices?"));
    }

    private List<String> hits(String query, String lang) {
        return Jsoup.parse(pages.search(query, lang)).select("ol.hits > li a").eachAttr("href");
    }

    private String staticSearch(String query, String lang) {
        Labels t = Labels.of(lang);
        Page page = new Page(t, SiteLinks.atRoot(), t.get("title.search"), catalog.revision(), null, null, null);
        return PageRenderer.precompiled()
                .search(new PageBuilders(ContentText.IN_PAGE_LANGUAGE).search(catalog, page, query), false);
    }

    private static Element named(String html) {
        return Jsoup.parse(html).selectFirst("p.named a");
    }

    private String level(String id, String lang) {
        return catalog.levelByAlias(id).orElseThrow().name(lang);
    }
}
