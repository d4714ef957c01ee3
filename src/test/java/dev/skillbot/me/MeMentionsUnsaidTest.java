package dev.skillbot.me;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.card.Card;
import dev.skillbot.chat.Invocation;
import dev.skillbot.chat.Platform;
import dev.skillbot.command.CommandPorts;
import dev.skillbot.command.CommandService;
import dev.skillbot.testing.FixtureCatalog;
import dev.skillbot.testing.PersonalRig;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The {@code me} and {@code next} answers that name words not understood repeated a mention typed among them
 * ({@code me <!channel>}: "“<!channel>” is no role or level"), escaped but saying whom; a lookup says a mention is none
 * without it. They show it as "@…".
 */
class MeMentionsUnsaidTest {

    private static final PersonalRig rig = PersonalRig.h2(Clock.systemUTC());
    private static final CommandService service = new CommandService(
            FixtureCatalog::load, CommandPorts.NONE.withPersonal(new MeCommands(rig.stores, new ChecklistIndex())));

    @AfterAll
    static void close() {
        rig.close();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '#',
            value = {
                "en#me <!channel>#“@…” is no role or level.",
                "en#next sre @here lead#“@…” is no role or level.",
                "en#me lang <!here>#Skillbot speaks en, zh-CN; “@…” is not one of them.",
                "en#me unshare <@U123|ann>#“@…” is no share number",
                "en#me export @everyone#Your data is exported as JSON or YAML; “@…” is not one of them.",
                "en#me forget <!channel>#Nothing was forgotten: “@…” was not understood.",
                "en#me shares @here#Nothing was listed: “@…” was not understood.",
                "en#me shared 1234567890123456 <@&42>#Nothing was opened: “@…” was not understood.",
                "zh-CN#我 <!channel>#“@…”不是角色或级别。"
            })
    void aMentionAmongWordsNotUnderstoodIsNotRepeated(String locale, String typed, String said) {
        Card card = service.answer(
                new Invocation(Platform.SLACK, "T1", "C1", "U1", locale, Invocation.Origin.COMMAND), typed);

        assertThat(card.fallback()).startsWith(said);
        assertThat(card.toString()).doesNotContain("channel>", "@here", "<!here>", "U123", "@everyone", "<@&");
    }
}
