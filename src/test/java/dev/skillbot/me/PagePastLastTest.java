package dev.skillbot.me;

import static dev.skillbot.testing.Cards.sections;
import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.card.Card;
import dev.skillbot.card.Section;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.chat.Invocation;
import dev.skillbot.command.CommandPorts;
import dev.skillbot.command.CommandService;
import dev.skillbot.testing.FixtureCatalog;
import java.time.Clock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code next p99999} said "“p99999” is no role or level": a page number of more than four digits was no page word. A
 * page of any number is one, and a page past the last shows the last, saying there is no such page.
 */
class PagePastLastTest {

    private final Catalog catalog = FixtureCatalog.load();
    private final CommandService commands = new CommandService(
            () -> catalog,
            CommandPorts.NONE.withPersonal(
                    new MeCommands(PersonalStores.none(Clock.systemUTC()), new ChecklistIndex())));

    @ParameterizedTest
    @CsvSource(
            delimiter = '#',
            value = {
                "en#next sre lead p99999#There is no such page: this is the last, page 1.",
                "en#next sre lead p12345678901234567890#There is no such page: this is the last, page 1.",
                "en#next sre lead page 99999#There is no such page: this is the last, page 1.",
                "en#next sre lead p9#There is no such page: this is the last, page 1.",
                "zh-CN#晋升 sre lead 第99999页#没有这一页：这是最后一页，第 1 页。"
            })
    void aPagePastTheLastIsSaidToBeNoneAndTheLastShown(String locale, String typed, String said) {
        Card card = commands.answer(Invocation.cli(locale), typed);

        assertThat(card.kind()).isEqualTo(Card.Kind.CHECKLIST);
        assertThat(sections(card).get(0).text()).isEqualTo(said);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '#',
            value = {"en#next sre lead p1", "en#next sre lead"})
    void aPageThatIsThereSaysNothingOfIt(String locale, String typed) {
        Card card = commands.answer(Invocation.cli(locale), typed);

        assertThat(card.kind()).isEqualTo(Card.Kind.CHECKLIST);
        assertThat(sections(card)).extracting(Section::text).noneMatch(text -> text.contains("no such page"));
    }
}
