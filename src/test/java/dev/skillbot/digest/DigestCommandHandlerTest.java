package dev.skillbot.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import dev.skillbot.card.Card;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.chat.Invocation;
import dev.skillbot.chat.Platform;
import dev.skillbot.command.Command;
import dev.skillbot.i18n.Messages;
import dev.skillbot.testing.FixtureCatalog;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
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

    @Test
    void theDueDateIsInTheReadersLanguage() {
        assertThat(subscribe("0 0 9 * * MON", "Asia/Shanghai", "zh-CN"))
                .endsWith("2026年12月14日星期一 09:00 (Asia/Shanghai)。");
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
