package dev.skillbot.digest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.card.Button;
import dev.skillbot.card.Card;
import dev.skillbot.card.Section;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.i18n.Messages;
import dev.skillbot.testing.FixtureCatalog;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DigestComposerTest {

    private static final IsoWeek WEEK = IsoWeek.parse("2026-W48");
    private static final Instant MONDAY = Instant.parse("2026-11-30T09:00:00Z");

    private final Catalog catalog = FixtureCatalog.load();
    private final DigestComposer composer = new DigestComposer();
    private final Messages english = Messages.forLocale("en");

    @Test
    void aBusyWeekSaysWhatChangedWhatWaitsAndWhatWasLookedUp() {
        DigestInputs inputs = new DigestInputs(
                WEEK,
                Scope.all(),
                List.of(
                        change("canary-releases", CatalogChange.Kind.CELL_EDITED, "senior", "sre"),
                        change("canary-releases", CatalogChange.Kind.CELL_EDITED, "lead", "sre"),
                        change("load-testing", CatalogChange.Kind.SKILL_ADDED, null, null)),
                3,
                Optional.of(MONDAY.minusSeconds(5 * 86_400)),
                MONDAY,
                List.of(Map.entry("canary-releases", 42L), Map.entry("release-trains", 17L)),
                0,
                Optional.empty());

        Card card = composer.compose(inputs, catalog, english);

        assertThat(card.title()).isEqualTo("Weekly skills digest · 2026-W48 · all skills");
        assertThat(texts(card))
                .contains(
                        "• Canary Releases: 2 cells edited\n• Load Testing: new skill",
                        "3 suggestions, the oldest 5 days old.",
                        "Canary Releases (42) · Release Trains (17)");
        assertThat(headings(card)).anyMatch(heading -> heading.startsWith("Skill of the week: "));
        assertThat(card.controls())
                .singleElement()
                .satisfies(control -> assertThat(((Button) control).id().encode())
                        .startsWith("sb1:show:")
                        .contains(".."));
    }

    @Test
    void aChineseDigestNamesSkillsInChineseWhereTheCatalogHasThem() {
        Catalog bilingual = FixtureCatalog.bilingual("rev");
        DigestInputs inputs = new DigestInputs(
                WEEK,
                new Scope(Scope.Kind.SKILL, "gitops-practices"),
                List.of(change("gitops-practices", CatalogChange.Kind.CELL_EDITED, "senior", "sre")),
                0,
                Optional.empty(),
                MONDAY,
                List.of(Map.entry("gitops-practices", 3L), Map.entry("blue-green", 1L)),
                0,
                Optional.empty());

        Card card = composer.compose(inputs, bilingual, Messages.forLocale("zh-CN"));

        assertThat(card.title()).contains("GitOps 实践");
        assertThat(texts(card)).anyMatch(text -> text.startsWith("• GitOps 实践"));
        assertThat(texts(card)).contains("GitOps 实践 (3) · Blue-Green Deployments (1)");
    }

    @Test
    void aWeekThatChangedManySkillsListsTheFirstTwentyAndCountsTheRest() {
        List<CatalogChange> changes = java.util.stream.IntStream.range(0, 45)
                .mapToObj(i -> change("removed-skill-" + i, CatalogChange.Kind.SKILL_REMOVED, null, null))
                .toList();
        DigestInputs inputs = new DigestInputs(
                WEEK, Scope.all(), changes, 0, Optional.empty(), MONDAY, List.of(), 0, Optional.empty());

        Card card = composer.compose(inputs, catalog, english);

        String listed = texts(card).stream()
                .filter(text -> text.startsWith("• "))
                .findFirst()
                .orElseThrow();
        assertThat(listed.lines())
                .hasSize(21)
                .startsWith("• removed-skill-0: removed")
                .endsWith("…and 25 more skills");
    }

    @Test
    void approvalsNotWrittenWaitForAReviewerAndMakeTheWeekNotQuiet() {
        DigestInputs inputs = notWritten(2, Optional.of(MONDAY.minusSeconds(3 * 86_400 + 60)));

        Card card = composer.compose(inputs, catalog, english);

        assertThat(inputs.quiet()).isFalse();
        assertThat(waitingText(card))
                .isEqualTo(
                        "2 approved edits could not be written to the catalog, the oldest 3 days old: they wait for a"
                                + " reviewer to try again or close them (see proposals).");
    }

    /** Approvals not written were counted but not aged, as open suggestions are ("the oldest 5 days old"). */
    @Test
    void approvalsNotWrittenSayHowLongTheOldestHasWaited() {
        assertThat(waitingText(composer.compose(notWritten(1, Optional.of(MONDAY.minusSeconds(60))), catalog, english)))
                .isEqualTo("1 approved edit could not be written to the catalog, the oldest from today: it waits for a"
                        + " reviewer to try again or close it (see proposals).");
        assertThat(waitingText(composer.compose(
                        notWritten(4, Optional.of(MONDAY.minusSeconds(86_400))), catalog, Messages.forLocale("zh-CN"))))
                .isEqualTo("4 条已批准的修改未能写入目录，最早的一条 已等待 1 天，等待审核人重试或关闭（见 proposals）。");
    }

    private static DigestInputs notWritten(long count, Optional<Instant> oldest) {
        return new DigestInputs(WEEK, Scope.all(), List.of(), 0, Optional.empty(), MONDAY, List.of(), count, oldest);
    }

    private static String waitingText(Card card) {
        return card.blocks().stream()
                .filter(Section.class::isInstance)
                .map(block -> (Section) block)
                .filter(section -> section.heading().equals("Waiting for review")
                        || section.heading().equals("等待审核"))
                .map(Section::text)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aQuietWeekIsShort() {
        Card card = composer.compose(
                new DigestInputs(
                        WEEK, Scope.all(), List.of(), 0, Optional.empty(), MONDAY, List.of(), 0, Optional.empty()),
                catalog,
                english);
        assertThat(texts(card).get(0))
                .isEqualTo("A quiet week: nothing changed in the catalog and nothing is waiting for review.");
        assertThat(headings(card))
                .noneMatch(heading -> heading.equals("What changed")
                        || heading.equals("Waiting for review")
                        || heading.equals("Most looked up"));
        assertThat(card.blocks()).hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void theSkillOfTheWeekRotatesWithinTheScopeAndIsTheSameForTheSameWeek() {
        Scope all = Scope.all();
        String first = skillOfTheWeek(WEEK, all);
        assertThat(first).isEqualTo(skillOfTheWeek(WEEK, all));
        assertThat(List.of(
                        first,
                        skillOfTheWeek(WEEK.next(), all),
                        skillOfTheWeek(WEEK.next().next(), all)))
                .containsExactlyInAnyOrder(
                        "Skill of the week: Canary Releases",
                        "Skill of the week: Load Testing",
                        "Skill of the week: Release Trains");
        Scope operations = new Scope(Scope.Kind.DOMAIN, "operations");
        assertThat(List.of(skillOfTheWeek(WEEK, operations), skillOfTheWeek(WEEK.next(), operations)))
                .containsOnly("Skill of the week: Load Testing");
    }

    private String skillOfTheWeek(IsoWeek week, Scope scope) {
        Card card = composer.compose(
                new DigestInputs(week, scope, List.of(), 0, Optional.empty(), MONDAY, List.of(), 0, Optional.empty()),
                catalog,
                english);
        return headings(card).stream()
                .filter(heading -> heading.startsWith("Skill of the week"))
                .findFirst()
                .orElseThrow();
    }

    private static CatalogChange change(String skill, CatalogChange.Kind kind, String level, String role) {
        return new CatalogChange(MONDAY.minusSeconds(86_400), "rev", skill, kind, level, role);
    }

    private static List<String> texts(Card card) {
        return card.blocks().stream().map(block -> ((Section) block).text()).toList();
    }

    private static List<String> headings(Card card) {
        return card.blocks().stream().map(block -> ((Section) block).heading()).toList();
    }
}
