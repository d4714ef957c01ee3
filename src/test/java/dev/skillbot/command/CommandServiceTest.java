package dev.skillbot.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.card.ActionId;
import dev.skillbot.card.Button;
import dev.skillbot.card.Card;
import dev.skillbot.card.Mark;
import dev.skillbot.card.Section;
import dev.skillbot.card.Select;
import dev.skillbot.card.Table;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.Expectation;
import dev.skillbot.catalog.Level;
import dev.skillbot.catalog.Skill;
import dev.skillbot.testing.BundledCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The acceptance list of the core: what a user sees for each kind of command. */
class CommandServiceTest {

    private final Catalog catalog = BundledCatalog.get();
    private final CommandService service = new CommandService(() -> catalog);
    private final Skill gitops = catalog.skill("gitops-practices").orElseThrow();

    @Test
    void seniorShowsExactlyTheFourSeniorCellsEachRequired() {
        Card card = ask("gitops senior");
        Level senior = catalog.level("senior").orElseThrow();

        assertThat(card.kind()).isEqualTo(Card.Kind.LEVEL);
        assertThat(card.title()).isEqualTo("GitOps Practices · Senior");
        assertThat(sections(card)).extracting(Section::text)
                .containsExactlyElementsOf(gitops.expectationsAt(senior).stream().map(Expectation::text).toList());
        assertThat(sections(card)).extracting(Section::heading).containsExactly(
                "DevOps Engineer", "Infrastructure Engineer", "Platform Engineer", "Site Reliability Engineer (SRE)");
        assertThat(sections(card)).extracting(section -> section.mark().kind()).containsOnly(Mark.Kind.REQUIRED);
        assertThat(card.context()).contains("DevOps & CI/CD › GitOps", "4 roles", "16 required · 4 optional",
                "updated 2026-03-17", "rev " + catalog.revision());
        assertThat(card.tags()).contains("reconciliation loop");
    }

    @Test
    void principalShowsTheFourCellsAsOptional() {
        Card card = ask("gitops principal");
        assertThat(sections(card)).hasSize(4);
        assertThat(sections(card)).extracting(section -> section.mark().label()).containsOnly("Optional");
    }

    @Test
    void levelCardNavigatesToTheLevelsAroundIt() {
        Card card = ask("gitops senior sre");
        assertThat(buttons(card)).extracting(Button::label)
                .containsExactly("◀ Middle", "Lead ▶", "Compare with Lead", "Share in channel", "Suggest edit", "Follow");
        assertThat(buttons(card)).extracting(button -> button.id().encode()).containsExactly(
                "sb1:show:gitops-practices middle sre", "sb1:show:gitops-practices lead sre",
                "sb1:show:gitops-practices senior..lead sre", "sb1:share:gitops-practices senior sre",
                "sb1:suggest:gitops-practices:senior:sre", "sb1:follow:gitops-practices");
        Select levels = (Select) card.controls().get(6);
        assertThat(levels.options()).extracting(Select.Option::label).containsExactly("Junior", "Middle", "Senior", "Lead", "Principal");
        assertThat(levels.options()).filteredOn(Select.Option::selected).extracting(Select.Option::label).containsExactly("Senior");
        Select roles = (Select) card.controls().get(7);
        assertThat(roles.options()).filteredOn(Select.Option::selected).extracting(Select.Option::label)
                .containsExactly("Site Reliability Engineer (SRE)");
    }

    @Test
    void everyButtonRunsACommandThatAnswersWithACard() {
        Card card = ask("gitops junior");
        for (ActionId id : card.actionIds()) {
            if (id.action() != ActionId.Action.SHOW && id.action() != ActionId.Action.SHARE) {
                continue;
            }
            Card next = ask(id.arg(0));
            assertThat(next.kind()).as(id.encode()).isIn(Card.Kind.LEVEL, Card.Kind.COMPARISON, Card.Kind.OVERVIEW);
        }
        assertThat(buttons(card)).extracting(Button::label).doesNotContain("◀ Junior");
    }

    @Test
    void roleFilterShowsOneRole() {
        Card card = ask("gitops senior infra");
        assertThat(sections(card)).singleElement().extracting(Section::heading).isEqualTo("Infrastructure Engineer");
        assertThat(card.context()).contains("role: Infrastructure Engineer");
    }

    @Test
    void overviewShowsSummaryCountsAndMatrix() {
        Card card = ask("gitops");
        assertThat(card.kind()).isEqualTo(Card.Kind.OVERVIEW);
        assertThat(sections(card).get(0).text()).contains("4 roles include this skill, across 5 levels: 16 expectations required, 4 optional.");
        Table matrix = (Table) card.blocks().get(1);
        assertThat(matrix.columns()).containsExactly("Role", "Junior", "Middle", "Senior", "Lead", "Principal");
        assertThat(matrix.rows()).containsExactly(
                List.of("DevOps", "●", "●", "●", "●", "○"),
                List.of("Infrastructure", "●", "●", "●", "●", "○"),
                List.of("Platform", "●", "●", "●", "●", "○"),
                List.of("SRE", "●", "●", "●", "●", "○"));
        assertThat(card.controls()).filteredOn(Select.class::isInstance).hasSize(2);
    }

    @Test
    void comparisonShowsBothLevelsPerRoleAndThePromotionGap() {
        Card card = ask("gitops lead..principal sre");
        assertThat(card.kind()).isEqualTo(Card.Kind.COMPARISON);
        assertThat(card.title()).isEqualTo("GitOps Practices · Lead → Principal");
        Section sre = sections(card).get(1);
        assertThat(sre.heading()).isEqualTo("Site Reliability Engineer (SRE)");
        assertThat(sre.fields()).extracting(Section.Field::label).containsExactly("Lead", "Principal");
        assertThat(sre.mark().label()).isEqualTo("Optional at Principal");

        Card junior = ask("gitops junior vs middle");
        assertThat(sections(junior).get(0).text()).isEqualTo("Promotion gap from Junior to Middle: 4 of 4 roles expect more, 0 newly required.");
    }

    @Test
    void newlyRequiredCellsAreMarked() {
        Skill chaos = catalog.skill("chaos-engineering").orElseThrow();
        Level[] pair = newlyRequiredPair(chaos);
        Card card = ask(CommandText.compare(chaos, pair[0], pair[1], java.util.Optional.empty()));
        assertThat(sections(card)).extracting(section -> section.mark() == null ? null : section.mark().kind()).contains(Mark.Kind.NEWLY_REQUIRED);
    }

    @Test
    void typosAliasesAndWordOrderReachTheSameCard() {
        String expected = ask("gitops senior sre").title();
        for (String text : List.of("gitpos senior sre", "git ops sr sre", "sre 3 gitopps", "GitOps Practices L3 site reliability")) {
            Card card = ask(text);
            assertThat(card.title()).as(text).isEqualTo(expected);
            assertThat(sections(card)).as(text).singleElement().extracting(Section::heading).isEqualTo("Site Reliability Engineer (SRE)");
        }
    }

    @Test
    void unknownSkillOffersDidYouMeanButtonsThatRunTheSameLookup() {
        Card card = ask("kuberntes clusters senior");
        assertThat(card.kind()).isEqualTo(Card.Kind.DID_YOU_MEAN);
        assertThat(buttons(card)).isNotEmpty();
        assertThat(buttons(card).get(0).id().encode()).isEqualTo("sb1:show:kubernetes-operations senior");
    }

    @Test
    void echoedTextIsKeptShortAndPlain() {
        Card card = ask("<!channel> " + "x".repeat(300));
        assertThat(card.title()).contains("<!channel>").hasSizeLessThan(120);
    }

    @Test
    void searchFindsTheCellsThatNameATool() {
        Card card = ask("search crossplane");
        assertThat(card.kind()).isEqualTo(Card.Kind.SEARCH);
        assertThat(sections(card)).extracting(Section::heading)
                .contains("GitOps Practices · Senior · Infrastructure Engineer", "GitOps Practices · Principal · Platform Engineer");
        assertThat(sections(card)).filteredOn(section -> section.heading().startsWith("GitOps"))
                .allSatisfy(section -> assertThat(section.text().toLowerCase()).contains("crossplane"));
        assertThat(ask("search kyverno").blocks()).isNotEmpty();
        assertThat(sections(ask("search atlantis"))).extracting(Section::heading).contains("GitOps Practices · Middle · Infrastructure Engineer");
        assertThat(sections(ask("search nothingmentionsthis")).get(0).text()).contains("Nothing in the catalog mentions");
    }

    @Test
    void listShowsSkillsByDomain() {
        Card all = ask("list");
        assertThat(all.kind()).isEqualTo(Card.Kind.LIST);
        assertThat(sections(all)).hasSizeGreaterThanOrEqualTo(4);
        Card security = ask("list security");
        assertThat(security.title()).isEqualTo("Skills in Security");
        assertThat(sections(security)).singleElement().extracting(Section::text).asString().contains("Secrets Management");
        assertThat(ask("list astrology").kind()).isEqualTo(Card.Kind.ERROR);
    }

    @Test
    void helpAndChineseLabels() {
        assertThat(ask("help").kind()).isEqualTo(Card.Kind.HELP);
        Card chinese = service.answer(Invocation.cli("zh-CN"), "gitops 首席");
        assertThat(chinese.title()).isEqualTo("GitOps Practices · 首席");
        assertThat(sections(chinese)).extracting(section -> section.mark().label()).containsOnly("可选");
        assertThat(sections(chinese).get(0).text()).startsWith("Shapes enterprise GitOps strategy");
    }

    @Test
    void roleTheSkillDoesNotIncludeIsExplained() {
        Card card = ask("gitops senior dba");
        assertThat(card.kind()).isEqualTo(Card.Kind.ERROR);
        assertThat(sections(card).get(0).text()).contains("GitOps Practices does not include the role Database Engineer");
    }

    @Test
    void aRepeatedLookupReusesItsCardAndIsCountedEveryTime() {
        java.util.List<String> shown = new java.util.ArrayList<>();
        CommandService counted = new CommandService(() -> catalog, new Features(SuggestionsView.NONE, null, shown::add));
        Card first = counted.answer(Invocation.cli("en"), "gitops senior");
        Card second = counted.answer(Invocation.cli("en"), "gitops senior");
        Card chinese = counted.answer(Invocation.cli("zh-CN"), "gitops senior");

        assertThat(second).isSameAs(first);
        assertThat(chinese).isNotSameAs(first);
        assertThat(shown).containsExactly("gitops-practices", "gitops-practices", "gitops-practices");
        assertThat(counted.cardCache().stats().hitCount()).isEqualTo(1);
        counted.forgetCards();
        assertThat(counted.answer(Invocation.cli("en"), "gitops senior")).isNotSameAs(first).isEqualTo(first);
    }

    private Card ask(String text) {
        return service.answer(Invocation.cli("en"), text);
    }

    private Level[] newlyRequiredPair(Skill skill) {
        for (int rank = 0; rank + 1 < catalog.levels().size(); rank++) {
            Level from = catalog.levels().get(rank);
            Level to = catalog.levels().get(rank + 1);
            for (String role : skill.roleIds()) {
                if (!skill.expectation(from, role).orElseThrow().required() && skill.expectation(to, role).orElseThrow().required()) {
                    return new Level[] {from, to};
                }
            }
        }
        throw new AssertionError(skill.id() + " has no optional cell that becomes required; pick another skill for this test");
    }

    static List<Section> sections(Card card) {
        return card.blocks().stream().filter(Section.class::isInstance).map(Section.class::cast).toList();
    }

    static List<Button> buttons(Card card) {
        return card.controls().stream().filter(Button.class::isInstance).map(Button.class::cast).toList();
    }
}
