package dev.skillbot.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import dev.skillbot.card.Card;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.chat.Invocation;
import dev.skillbot.chat.Platform;
import dev.skillbot.command.Command;
import dev.skillbot.command.SuggestionsView;
import dev.skillbot.i18n.Messages;
import dev.skillbot.testing.FixtureCatalog;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.support.CronExpression;

class DigestCommandHandlerTest {

    private static final Catalog CATALOG = FixtureCatalog.load();
    /** Friday 11 December 2026, 10:00 in Shanghai. */
    private static final Instant FRIDAY = Instant.parse("2026-12-11T02:00:00Z");

    @Test
    void subscribingSaysWhenTheNextDigestIsDueNotTheCronExpression() {
        assertThat(subscribe("0 0 9 * * MON", "UTC", "en"))
                .isEqualTo("This channel now gets the weekly digest for all skills. "
                        + "The next one is due Monday, December 14, 2026 09:00 (UTC).");
        assertThat(subscribe("0 30 17 * * FRI", "Asia/Shanghai", "en"))
                .isEqualTo("This channel now gets the weekly digest for all skills. "
                        + "The next one is due Friday, December 11, 2026 17:30 (Asia/Shanghai).");
    }

    /** {@code digest subscribe <!channel> security} repeated the mention, and a scope of 500 characters whole. */
    @Test
    void aScopeThatIsNoneIsNamedWithoutAMentionAndCut() {
        Card card = new DigestCommandHandler(
                        mock(Subscriptions.class),
                        new DigestService(
                                null, null, null, null, Clock.fixed(FRIDAY, ZoneId.of("UTC")), ZoneId.of("UTC")),
                        Clock.fixed(FRIDAY, ZoneId.of("UTC")),
                        CronExpression.parse("0 0 9 * * MON"))
                .handle(
                        new Command.Digest(
                                Command.Digest.Action.SUBSCRIBE, "<!channel> @here nothing " + "x".repeat(400)),
                        new Invocation(Platform.SLACK, "T1", "C1", "U1", "en", Invocation.Origin.COMMAND, true),
                        CATALOG,
                        Messages.forLocale("en"));

        assertThat(card.title())
                .startsWith("No domain or skill matches “@… @… nothing xxx")
                .doesNotContain("channel", "here");
        assertThat(card.title()).hasSizeLessThan(200);
    }

    @Test
    void theDueDateIsInTheReadersLanguage() {
        assertThat(subscribe("0 0 9 * * MON", "Asia/Shanghai", "zh-CN"))
                .endsWith("2026年12月14日星期一 09:00 (Asia/Shanghai)。");
    }

    /**
     * Once the week's digest went out, a preview shows the next one: the week so far, with what changed in it and
     * when it goes out (it showed the week that had ended, already sent, as "a quiet week").
     */
    @Test
    void aPreviewShowsTheNextDigestTheWeekSoFar() {
        Card card = preview("", FRIDAY, "en");
        assertThat(card.title()).isEqualTo("Weekly skills digest · 2026-W50 · all skills");
        assertThat(card.context())
                .contains("Preview of the digest due Monday, December 14, 2026 09:00 (UTC): the week so far.");
        assertThat(text(card)).contains(EDITED_SKILL_NAME).doesNotContain("A quiet week");
    }

    /** Before the digest goes out on its day, the preview is the digest about to go: the week that ended. */
    @Test
    void beforeItGoesOutAPreviewIsTheDigestAboutToGo() {
        Card card = preview("", Instant.parse("2026-12-14T08:00:00Z"), "en");
        assertThat(card.title()).contains("2026-W50");
        assertThat(card.context()).contains("Preview of the digest due Monday, December 14, 2026 09:00 (UTC).");
    }

    @Test
    void aPreviewOfANamedWeekShowsThatWeekBesideADomainOrSkill() {
        Card earlier = preview("2026-W49", FRIDAY, "en");
        assertThat(earlier.title()).isEqualTo("Weekly skills digest · 2026-W49 · all skills");
        assertThat(text(earlier)).contains("A quiet week").doesNotContain(EDITED_SKILL_NAME);
        assertThat(earlier.context()).noneMatch(line -> line.startsWith("Preview"));

        Card skill = preview(EDITED_SKILL + " 2026-w50", FRIDAY, "en");
        assertThat(skill.title()).isEqualTo("Weekly skills digest · 2026-W50 · " + EDITED_SKILL_NAME);
        assertThat(skill.context()).anyMatch(line -> line.endsWith("the week so far."));
    }

    @Test
    void aWeekThatIsNoWeekOrHasNotBegunIsNamedAndNothingIsComposed() {
        assertThat(preview("2026-W60", FRIDAY, "en").title())
                .isEqualTo("There is no week “2026-W60”: a week is written like 2026-W49.");
        assertThat(preview("2026-W60", FRIDAY, "zh-CN").title()).isEqualTo("没有“2026-W60”这一周：周的写法如 2026-W49。");
        assertThat(preview("2026-w53", FRIDAY, "en").title())
                .isEqualTo("2026-W53 has not begun: there is nothing in its digest yet.");
    }

    @Test
    void thePreviewsNoteIsInTheReadersLanguage() {
        assertThat(preview("", FRIDAY, "zh-CN").context()).contains("将于 2026年12月14日星期一 09:00 (UTC) 发出的摘要预览：截至目前的本周内容。");
    }

    private static final String EDITED_SKILL = "canary-releases";
    private static final String EDITED_SKILL_NAME =
            CATALOG.skill(EDITED_SKILL).orElseThrow().name();

    /** The digest preview at {@code now}, on a catalog where one cell changed on Wednesday 9 December (2026-W50). */
    private static Card preview(String words, Instant now, String locale) {
        ZoneId utc = ZoneId.of("UTC");
        Clock clock = Clock.fixed(now, utc);
        CatalogChange edited = new CatalogChange(
                Instant.parse("2026-12-09T12:00:00Z"),
                "r2",
                EDITED_SKILL,
                CatalogChange.Kind.CELL_EDITED,
                "senior",
                "sre");
        CatalogChanges changes = new CatalogChanges() {
            @Override
            public void record(List<CatalogChange> recorded) {}

            @Override
            public List<CatalogChange> between(Instant from, Instant to) {
                return edited.seenAt().isBefore(from) || !edited.seenAt().isBefore(to) ? List.of() : List.of(edited);
            }
        };
        LookupCounts lookups = new LookupCounts() {
            @Override
            public void add(IsoWeek week, Map<String, Long> countsBySkill) {}

            @Override
            public List<Map.Entry<String, Long>> top(IsoWeek week, int limit) {
                return List.of();
            }
        };
        DigestService digests = new DigestService(() -> CATALOG, changes, lookups, SuggestionsView.NONE, clock, utc);
        DigestCommandHandler handler = new DigestCommandHandler(
                mock(Subscriptions.class), digests, clock, CronExpression.parse("0 0 9 * * MON"));
        Invocation invocation =
                new Invocation(Platform.SLACK, "T1", "C1", "U1", locale, Invocation.Origin.COMMAND, false);
        return handler.handle(
                new Command.Digest(Command.Digest.Action.PREVIEW, words),
                invocation,
                CATALOG,
                Messages.forLocale(locale));
    }

    private static String text(Card card) {
        return card.blocks().toString();
    }

    private static String subscribe(String cron, String zone, String locale) {
        ZoneId zoneId = ZoneId.of(zone);
        Clock clock = Clock.fixed(FRIDAY, zoneId);
        DigestService digests = new DigestService(null, null, null, null, clock, zoneId);
        DigestCommandHandler handler =
                new DigestCommandHandler(mock(Subscriptions.class), digests, clock, CronExpression.parse(cron));
        Invocation invocation =
                new Invocation(Platform.SLACK, "T1", "C1", "U1", locale, Invocation.Origin.COMMAND, true);
        Card card = handler.handle(
                new Command.Digest(Command.Digest.Action.SUBSCRIBE, ""),
                invocation,
                CATALOG,
                Messages.forLocale(locale));
        return card.title();
    }
}
