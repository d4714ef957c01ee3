package dev.skillbot.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.card.Card;
import dev.skillbot.card.Section;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.CatalogSearch;
import dev.skillbot.catalog.SkillMatch;
import dev.skillbot.chat.Invocation;
import dev.skillbot.chat.Platform;
import dev.skillbot.testing.FixtureCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Chinese names match, Chinese text is found, cards answer in the reader's language and say when they fall back. */
class MultilingualLookupTest {

    private final Catalog catalog = FixtureCatalog.bilingual("r");
    private final CommandService service = new CommandService(() -> catalog);

    @Test
    void aChineseNameWithAChineseLevelOpensTheSkillInChinese() {
        Card card = answer("zh-CN", "GitOps 实践 高级");
        assertThat(card.kind()).isEqualTo(Card.Kind.LEVEL);
        assertThat(card.title()).isEqualTo("GitOps 实践 · 高级");
        assertThat(card.tags()).containsExactly("Git 作为唯一事实来源", "拉取式部署");
        assertThat(texts(card)).contains("高级 sre 使用 Argo CD 从 Git 调和集群状态。").noneMatch(text -> text.contains("暂无中文"));
    }

    @Test
    void theSameLookupInEnglishShowsEnglishWithoutAFallbackLine() {
        Card card = answer("en", "GitOps 实践 高级");
        assertThat(card.title()).isEqualTo("GitOps Practices · Senior");
        assertThat(texts(card))
                .contains("Senior sre reconciles clusters from Git with Argo CD.")
                .noneMatch(text -> text.contains("translation"));
    }

    @Test
    void aCellWithoutTheTranslationIsShownInEnglishAndTheCardSaysSoOnce() {
        Card card = answer("zh-CN", "gitops 首席");
        assertThat(texts(card))
                .contains(
                        "首席 devops 使用 Argo CD 从 Git 调和集群状态。",
                        "Principal sre reconciles clusters from Git with Argo CD.")
                .containsOnlyOnce("部分内容暂无中文翻译，以英语显示。");
        assertThat(card.blocks()).last().isEqualTo(Section.of("", null, "部分内容暂无中文翻译，以英语显示。"));
        Card englishOnly = answer("zh-CN", "blue-green");
        assertThat(englishOnly.title()).contains("Blue-Green Deployments");
        assertThat(texts(englishOnly)).last().isEqualTo("部分内容暂无中文翻译，以英语显示。");
    }

    @Test
    void latinTyposAndChineseTyposStillMatch() {
        assertThat(catalog.matcher().match("gitosp practices").skill())
                .map(skill -> skill.id())
                .contains(FixtureCatalog.GITOPS);
        SkillMatch typo = catalog.matcher().match("GitOps 实现");
        assertThat(typo.kind()).isEqualTo(SkillMatch.Kind.TYPO);
        assertThat(typo.skill()).map(skill -> skill.id()).contains(FixtureCatalog.GITOPS);
        assertThat(catalog.matcher().suggest("GitOps 实", 5))
                .extracting(skill -> skill.id())
                .first()
                .isEqualTo(FixtureCatalog.GITOPS);
    }

    @Test
    void searchFindsChineseTextAcrossWordBoundariesByBigrams() {
        CatalogSearch.Result cells = CatalogSearch.search(catalog, "调和集群", 20, "zh-CN");
        assertThat(cells.total())
                .as("every cell but Principal sre, which is English only")
                .isEqualTo(9);
        assertThat(cells.hits())
                .filteredOn(CatalogSearch.Hit::isCell)
                .extracting(CatalogSearch.Hit::snippet)
                .contains("高级 sre 使用 Argo CD 从 Git 调和集群状态。");
        // "基础设施部署" is not a substring of "以 Git 驱动基础设施与部署", but four of its five bigrams are in it
        CatalogSearch.Result summary = CatalogSearch.search(catalog, "基础设施部署", 20, "zh-CN");
        assertThat(summary.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.isCell()).isFalse();
            assertThat(hit.snippet()).startsWith("以 Git 驱动基础设施与部署");
        });
        assertThat(CatalogSearch.search(catalog, "基础运维", 20, "zh-CN").total()).isZero();
    }

    @Test
    void searchAnswersInTheReadersLanguageWhereTheCellHasIt() {
        CatalogSearch.Result english = CatalogSearch.search(catalog, "argo senior", 20, "zh-CN");
        assertThat(english.hits())
                .extracting(CatalogSearch.Hit::snippet)
                .contains("Senior sre reconciles clusters from Git with Argo CD.");
        CatalogSearch.Result chinese = CatalogSearch.search(catalog, "argo 高级", 20, "zh-CN");
        assertThat(chinese.hits()).extracting(CatalogSearch.Hit::snippet).contains("高级 sre 使用 Argo CD 从 Git 调和集群状态。");
        Card card = answer("zh-CN", "search 调和集群");
        assertThat(card.blocks())
                .first()
                .isInstanceOfSatisfying(
                        Section.class, section -> assertThat(section.heading()).startsWith("GitOps 实践 · "));
    }

    private Card answer(String locale, String text) {
        return service.answer(
                new Invocation(Platform.DISCORD, "G0", "C0", "U0", locale, Invocation.Origin.COMMAND), text);
    }

    private static List<String> texts(Card card) {
        return card.blocks().stream()
                .filter(Section.class::isInstance)
                .map(Section.class::cast)
                .map(Section::text)
                .toList();
    }
}
