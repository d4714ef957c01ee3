package dev.skillbot.me;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.card.Card;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.chat.Invocation;
import dev.skillbot.chat.Platform;
import dev.skillbot.command.CommandPorts;
import dev.skillbot.command.CommandService;
import dev.skillbot.testing.FixtureCatalog;
import dev.skillbot.testing.MemoryPersonal;
import java.time.Clock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code compare canary} with no level: the asker's profile level and the next are compared, on the profile's role,
 * as a lookup with no level opens at the profile's; words typed still win ({@code compare canary lead}).
 */
class CompareOwnLevelTest {

    private final Catalog catalog = FixtureCatalog.load();
    private final CommandService commands = new CommandService(
            () -> catalog, CommandPorts.NONE.withPersonal(new MemoryPersonal().commands(Clock.systemUTC())));

    @ParameterizedTest
    @CsvSource(
            delimiter = '#',
            value = {
                "en#compare canary#canary middle..senior sre",
                "en#canary vs#canary middle..senior sre",
                "en#compare canary lead#canary lead..principal",
                "zh-CN#对比 canary#canary middle..senior sre"
            })
    void aComparisonWithoutALevelComparesTheProfileLevelWithTheNext(String locale, String typed, String same) {
        ask(locale, "me sre middle");

        Card card = ask(locale, typed);

        assertThat(card.kind()).isEqualTo(Card.Kind.COMPARISON);
        assertThat(card).isEqualTo(ask(locale, same));
    }

    private Card ask(String locale, String text) {
        return commands.answer(
                new Invocation(Platform.SLACK, "T1", "C1", "ann", locale, Invocation.Origin.COMMAND), text);
    }
}
