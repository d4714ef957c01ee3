package dev.skillbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.testing.FixtureCatalog;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The skill page on the fixture's seed-shaped skill: header, matrix, focus, comparison, proposals. */
class SkillPageTest {

    private static final Catalog CATALOG = FixtureCatalog.load();
    private static final String SKILL = FixtureCatalog.CANARY_RELEASES;

    @Test
    void theMatrixIsARealTableWithEveryCellItsMarkAndAStableAnchor() {
        Document page = Jsoup.parse(new Pages(CATALOG).skill(SKILL, "en", null, null, null, null));
        Element table = page.selectFirst("table");
        assertThat(table.select("thead th[scope=col]"))
                .extracting(Element::text)
                .containsExactly(
                        "Level",
                        "DevOps Engineer",
                        "Infrastructure Engineer",
                        "Platform Engineer",
                        "Site Reliability Engineer (SRE)");
        assertThat(table.select("tbody th[scope=row]"))
                .extracting(Element::text)
                .containsExactly("Junior", "Middle", "Senior", "Lead", "Principal");
        assertThat(table.select("td.cell")).hasSize(20);
        assertThat(table.select("td.required")).hasSize(16);
        assertThat(table.select("td.optional"))
                .hasSize(4)
                .allSatisfy(cell -> assertThat(cell.id()).startsWith("principal-"));
        Element seniorInfra = page.getElementById("senior-infra");
        assertThat(seniorInfra.selectFirst(".mark").text()).isEqualTo("Required");
        assertThat(seniorInfra.selectFirst("p").text()).contains("Flagger");
        assertThat(seniorInfra.selectFirst("a.anchor").attr("href")).isEqualTo("#senior-infra");
    }

    @Test
    void theHeaderShowsDomainGroupTagsCountsAndTheUpdateDate() {
        Document page = Jsoup.parse(new Pages(CATALOG).skill(SKILL, "en", null, null, null, null));
        assertThat(page.selectFirst("h1").text()).isEqualTo("Canary Releases");
        assertThat(page.select(".facts div"))
                .extracting(Element::text)
                .containsExactly(
                        "Domain Build & Deploy",
                        "Group Rollouts",
                        "Roles 4",
                        "Levels 5",
                        "Required 16",
                        "Optional 4",
                        "Updated 2026-02-20");
        assertThat(page.select(".tags li")).hasSize(5);
    }

    @Test
    void aChinesePageShowsTheCatalogsChineseTextAndMarksEnglishFallbacksWithTheirLanguage() {
        Catalog bilingual = FixtureCatalog.bilingual("rev");
        Document translated =
                Jsoup.parse(new Pages(bilingual).skill("gitops-practices", "zh-CN", null, null, null, null));
        assertThat(translated.selectFirst("h1").text()).isEqualTo("GitOps 实践");
        assertThat(translated.getElementById("junior-devops").text()).contains("初级 devops 使用 Argo CD 从 Git 调和集群状态。");

        Document fallback = Jsoup.parse(new Pages(bilingual).skill("blue-green", "zh-CN", null, null, null, null));
        assertThat(fallback.selectFirst("h1").text()).isEqualTo("Blue-Green Deployments");
        assertThat(fallback.selectFirst("h1").attr("lang")).isEqualTo("en");
    }

    @Test
    void aChinesePageShowsTheCatalogsChineseTagsEachMarkedWithItsLanguage() {
        Catalog bilingual = FixtureCatalog.bilingual("rev");
        Document translated =
                Jsoup.parse(new Pages(bilingual).skill(FixtureCatalog.GITOPS, "zh-CN", null, null, null, null));
        assertThat(translated.select(".tags li")).extracting(Element::text).containsExactly("Git 作为唯一事实来源", "拉取式部署");
        assertThat(translated.select(".tags li"))
                .allSatisfy(tag -> assertThat(tag.attr("lang")).isEqualTo("zh-CN"));

        Document fallback =
                Jsoup.parse(new Pages(bilingual).skill(FixtureCatalog.BLUE_GREEN, "zh-CN", null, null, null, null));
        assertThat(fallback.select(".tags li"))
                .isNotEmpty()
                .allSatisfy(tag -> assertThat(tag.attr("lang")).isEqualTo("en"));
    }

    @Test
    void textIsEscapedNotInterpreted() {
        String html = new Pages(CATALOG).skill(SKILL, "en", null, null, null, null);
        assertThat(Jsoup.parse(html)
                        .getElementById("senior-devops")
                        .selectFirst("p")
                        .text())
                .contains("error rate < 1% & p99");
        assertThat(html).contains("error rate &lt; 1% &amp; p99");
    }

    @Test
    void aLevelQueryShowsThatLevelRoleByRoleAndMarksItsRow() {
        Document page = Jsoup.parse(new Pages(CATALOG).skill(SKILL, "en", "sr", "reliability", null, null));
        assertThat(page.select("#focus h2").text()).isEqualTo("Senior");
        assertThat(page.select("#focus .focus-cell")).hasSize(1);
        assertThat(page.select("#focus .focus-cell h3").text()).startsWith("Site Reliability Engineer (SRE)");
        assertThat(page.select("tr.selected").attr("id")).isEqualTo("level-senior");
        assertThat(page.select("#level option[selected]").attr("value")).isEqualTo("senior");
        assertThat(page.select("#role option[selected]").attr("value")).isEqualTo("sre");
    }

    @Test
    void theCompareViewShowsTheWordDiffOfEveryRole() {
        Document page = Jsoup.parse(new Pages(CATALOG).skill(SKILL, "en", null, null, "senior", "lead"));
        assertThat(page.select("#compare h2").text()).isEqualTo("Senior → Lead");
        assertThat(page.select("#compare .change")).hasSize(4);
        Element devops = page.getElementById("compare-devops");
        assertThat(devops.select("del").text()).isNotEmpty();
        assertThat(devops.select("ins").text()).contains("rollout policy");
        assertThat(page.select("#compare > p").text()).startsWith("Promotion gap from Senior to Lead");
    }

    @Test
    void oneLevelOfAComparisonComparesItWithTheNextOrThePreviousAsTheChatDoes() {
        Pages pages = new Pages(CATALOG);

        assertThat(Jsoup.parse(pages.skill(SKILL, "en", null, null, "senior", null))
                        .select("#compare h2")
                        .text())
                .isEqualTo("Senior → Lead");
        assertThat(Jsoup.parse(pages.skill(SKILL, "en", null, null, null, "senior"))
                        .select("#compare h2")
                        .text())
                .isEqualTo("Middle → Senior");
        assertThat(Jsoup.parse(pages.skill(SKILL, "en", null, null, "principal", null))
                        .select("#compare .change"))
                .as("nothing above the top level")
                .isEmpty();
        assertThat(Jsoup.parse(pages.skill(SKILL, "en", null, null, null, "junior"))
                        .select("#compare .change"))
                .as("nothing below the lowest level")
                .isEmpty();
    }

    @Test
    void unknownQueryValuesAreExplainedNotUsed() {
        Document page = Jsoup.parse(new Pages(CATALOG).skill(SKILL, "en", "<script>", "dba", null, null));
        assertThat(page.select(".notice").text())
                .contains("There is no level “<script>”")
                .contains("no role “dba”");
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("#focus")).isEmpty();
    }

    @Test
    void openProposalsShowTheirCellTextAndStatusOnly() {
        OpenProposals open = (skillId, limit) ->
                List.of(new OpenProposals.Shown("senior", "sre", "Gates <b>every</b> rollout on SLOs.", "OPEN"));
        Document page = Jsoup.parse(new Pages(CATALOG, open).skill(SKILL, "en", null, null, null, null));
        assertThat(page.select("#proposals li").text())
                .isEqualTo(
                        "Senior · Site Reliability Engineer (SRE): Gates <b>every</b> rollout on SLOs. waiting for review");
        assertThat(page.select("#proposals li a").attr("href")).isEqualTo("#senior-sre");
    }

    @Test
    void anOpenProposalIsMarkedWithTheLanguageItIsWrittenIn() {
        OpenProposals open = (skillId, limit) -> List.of(
                new OpenProposals.Shown("senior", "sre", "用 SLO 把关每一次发布。", "OPEN", "zh-CN"),
                new OpenProposals.Shown("lead", "sre", "Gates every rollout on SLOs.", "OPEN", null));
        for (String lang : new String[] {"en", "zh-CN"}) {
            Document page = Jsoup.parse(new Pages(CATALOG, open).skill(SKILL, lang, null, null, null, null));
            assertThat(page.select("#proposals q").eachAttr("lang")).as(lang).containsExactly("zh-CN", "en");
        }
    }

    @Test
    void aStoreThatCannotAnswerCostsOnlyTheProposals() {
        OpenProposals down = (skillId, limit) -> {
            throw new OpenProposals.Unavailable(new IllegalStateException("database down"));
        };
        Document page = Jsoup.parse(new Pages(CATALOG, down).skill(SKILL, "en", null, null, null, null));
        assertThat(page.select("#proposals .note").text()).startsWith("Proposals cannot be read right now");
        assertThat(page.select("td.cell")).hasSize(20);
    }

    @Test
    void theChinesePageUsesChineseLabelsAndMarksEnglishContent() {
        Document page = Jsoup.parse(new Pages(CATALOG).skill(SKILL, "zh-CN", null, null, null, null));
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(page.select("tbody th[scope=row]").first().text()).isEqualTo("初级");
        assertThat(page.selectFirst("h1").attr("lang")).isEqualTo("en");
        assertThat(page.select("#senior-sre .mark").text()).isEqualTo("必要");
        assertThat(page.select("#suggest code").text()).isEqualTo("/skill 建议 canary-releases junior devops");
    }
}
