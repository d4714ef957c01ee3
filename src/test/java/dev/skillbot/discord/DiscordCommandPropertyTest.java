package dev.skillbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.card.Card;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.chat.Invocation;
import dev.skillbot.chat.Platform;
import dev.skillbot.command.CommandService;
import dev.skillbot.i18n.Messages;
import dev.skillbot.testing.TypedCommands;
import java.util.List;
import net.dv8tion.jda.api.utils.data.DataObject;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever someone types into {@code /skill}, in either language: the reply and its later edits fit
 * Discord's limits and allow no mention, so {@code @everyone} in a query pings nobody.
 */
class DiscordCommandPropertyTest {

    private static final Catalog CATALOG = TestCatalogs.fixture();
    private static final CommandService COMMANDS = new CommandService(() -> CATALOG);
    private final DiscordCardRenderer renderer = new DiscordCardRenderer();

    @Property(tries = 1500)
    void anyCommandIsAnsweredWithinLimitsAndPingsNobody(
            @ForAll("commands") String typed, @ForAll("locales") String locale) {
        Card card = COMMANDS.answer(
                new Invocation(Platform.DISCORD, "guild", "channel", "user", locale, Invocation.Origin.COMMAND), typed);

        DataObject reply = DiscordJsonFormat.replyBody(renderer.create(card, locale), true);
        DataObject edit = renderer.edit(card, locale).toData();

        assertThat(DiscordMessageLimits.violations(reply)).as(typed).isEmpty();
        assertThat(DiscordMessageLimits.violations(edit)).as(typed).isEmpty();
        assertThat(reply.getObject("allowed_mentions").getArray("parse").length())
                .as(typed)
                .isZero();
        assertThat(edit.getObject("allowed_mentions").getArray("parse").length())
                .as(typed)
                .isZero();
    }

    @Provide
    Arbitrary<String> commands() {
        return TypedCommands.with(
                List.of("@everyone", "@here", "<@123>", "<@&456>", "<#789>", "||spoiler||", "# title"));
    }

    @Provide
    Arbitrary<String> locales() {
        return Arbitraries.of(Messages.SUPPORTED);
    }
}
