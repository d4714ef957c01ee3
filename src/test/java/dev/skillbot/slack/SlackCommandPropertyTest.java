package dev.skillbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.card.Card;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.chat.Invocation;
import dev.skillbot.chat.Platform;
import dev.skillbot.command.CommandService;
import dev.skillbot.i18n.Messages;
import dev.skillbot.testing.FixtureCatalog;
import dev.skillbot.testing.TypedCommands;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever someone types after {@code /skill}, in either language: an answer comes back, its Block
 * Kit fits every limit, and nothing they typed reaches Slack as a mention, a channel ping or a link.
 */
class SlackCommandPropertyTest {

    private static final Catalog CATALOG = FixtureCatalog.load();
    private static final CommandService COMMANDS = new CommandService(() -> CATALOG);
    private static final List<String> HOSTILE = List.of("<!channel>", "<!here>", "<!everyone>", "<@U0BOB>", "<#C0X>");

    @Property(tries = 1500)
    void anyCommandIsAnsweredWithinLimitsAndPingsNobody(
            @ForAll("commands") String typed, @ForAll("locales") String locale) {
        Invocation invocation =
                new Invocation(Platform.SLACK, "T0TEST", "C0CHAN", "U0ALICE", locale, Invocation.Origin.COMMAND);

        Card card = COMMANDS.answer(invocation, typed);
        String json = new SlackCardRenderer(Messages.forLocale(locale)).json(card);

        assertThat(BlockKitLimits.violations(SlackMessageJson.parse(json).node()))
                .as(typed)
                .isEmpty();
        for (String ping : HOSTILE) {
            assertThat(json).as(typed).doesNotContain(ping);
        }
        assertThat(json).as(typed).doesNotContain("<http");
    }

    @Provide
    Arbitrary<String> commands() {
        return TypedCommands.with(HOSTILE);
    }

    @Provide
    Arbitrary<String> locales() {
        return Arbitraries.of(Messages.SUPPORTED);
    }
}
