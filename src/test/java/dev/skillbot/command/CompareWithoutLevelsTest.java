package dev.skillbot.command;

import static dev.skillbot.testing.Cards.buttons;
import static dev.skillbot.testing.Cards.sections;
import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.card.ActionId;
import dev.skillbot.card.Button;
import dev.skillbot.card.Card;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.chat.Invocation;
import dev.skillbot.testing.FixtureCatalog;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code compare canary} (a skill and no level) showed the skill's overview, as if "compare" had not been typed. It
 * says a comparison needs two levels, with an example of that skill to type and a button that compares them; one
 * level compares it with the next, as before. (With a level in the asker's profile, that level and the next are
 * compared: {@code dev.skillbot.me.CompareOwnLevelTest}.)
 */
class CompareWithoutLevelsTest {

    private final Catalog catalog = FixtureCatalog.load();
    private final CommandService commands = new CommandService(() -> catalog);

    @ParameterizedTest
    @CsvSource(
            delimiter = '#',
            value = {
                "en#compare canary#A comparison needs two levels of Canary Releases, such as `canary-releases"
                        + " senior..lead`. Once your profile has your level (`me sre senior`), `compare canary-releases`"
                        + " compares it with the next level.",
                "en#canary vs#A comparison needs two levels of Canary Releases, such as `canary-releases"
                        + " senior..lead`. Once your profile has your level (`me sre senior`), `compare canary-releases`"
                        + " compares it with the next level.",
                "en#compare canary sre#A comparison needs two levels of Canary Releases, such as `canary-releases"
                        + " senior..lead sre`. Once your profile has your level (`me sre senior`), `compare"
                        + " canary-releases sre` compares it with the next level.",
                "zh-CN#对比 canary#对比需要 Canary Releases 的两个级别，例如 `canary-releases senior..lead`。在档案中设置级别后（`我 sre"
                        + " 高级`），`对比 canary-releases` 会将您的级别与下一级别对比。"
            })
    void aComparisonWithoutALevelSaysItNeedsTwoWithAnExample(String locale, String typed, String said) {
        Card card = commands.answer(Invocation.cli(locale), typed);

        assertThat(card.kind()).isEqualTo(Card.Kind.ERROR);
        assertThat(sections(card).get(0).text()).isEqualTo(said);
        assertThat(buttons(card))
                .extracting(Button::id)
                .extracting(ActionId::args)
                .singleElement()
                .satisfies(args -> assertThat(args.get(0)).startsWith("canary-releases senior..lead"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"compare canary senior", "canary senior vs", "对比 canary 高级"})
    void oneLevelIsComparedWithTheNext(String typed) {
        Card card = commands.answer(Invocation.cli(typed.startsWith("对比") ? "zh-CN" : "en"), typed);

        assertThat(card.kind()).isEqualTo(Card.Kind.COMPARISON);
        assertThat(card.title()).endsWith(typed.startsWith("对比") ? "高级 → 资深" : "Senior → Lead");
    }

    @ParameterizedTest
    @ValueSource(strings = {"compare nosuchskill", "nosuchskill vs"})
    void aComparisonOfWordsThatNameNoSkillOffersTheClosest(String typed) {
        assertThat(commands.answer(Invocation.cli("en"), typed).kind()).isEqualTo(Card.Kind.DID_YOU_MEAN);
    }

    /** A compare word with no level after {@code proposals} or {@code suggest} is read past, as it was. */
    @Test
    void proposalsAndSuggestReadACompareWordWithoutLevelsAsBefore() {
        CommandParser parser = new CommandParser();

        assertThat(parser.parse("proposals canary vs", catalog))
                .isEqualTo(new Command.Proposals("canary", Optional.empty(), Optional.empty()));
        assertThat(parser.parse("suggest canary vs", catalog))
                .isEqualTo(new Command.Suggest("canary", Optional.empty(), Optional.empty()));
    }
}
