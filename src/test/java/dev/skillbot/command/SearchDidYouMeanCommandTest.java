package dev.skillbot.command;

import static dev.skillbot.testing.Cards.buttons;
import static dev.skillbot.testing.Cards.sections;
import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.card.Button;
import dev.skillbot.card.Card;
import dev.skillbot.card.Section;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.chat.Invocation;
import dev.skillbot.testing.FixtureCatalog;
import org.junit.jupiter.api.Test;

/**
 * The chat's search card offers the skills closest to the words searched for when they name none, as the web's search
 * page does ("did you mean", worked out from the words searched for, not from the level and role words that filter
 * the hits).
 */
class SearchDidYouMeanCommandTest {

    private final Catalog catalog = FixtureCatalog.load();
    private final CommandService service = new CommandService(() -> catalog);

    /** {@code search relese canarz} said only that nothing mentions the words, where the web page asked "did you mean". */
    @Test
    void wordsThatNameNoSkillOfferTheClosestSkills() {
        Card card = service.answer(Invocation.cli("en"), "search relese canarz");
        assertThat(sections(card))
                .extracting(Section::text)
                .containsExactly(
                        "Did you mean one of these?\n• Canary Releases\n• Release Trains",
                        "Nothing in the catalog mentions “relese canarz”. Try fewer or shorter words.");
        assertThat(buttons(card)).extracting(Button::label).containsExactly("Canary Releases", "Release Trains");
        Card opened =
                service.answer(Invocation.cli("en"), buttons(card).get(0).id().arg(0));
        assertThat(opened.kind()).isEqualTo(Card.Kind.OVERVIEW);
        assertThat(opened.title()).startsWith("Canary Releases");

        assertThat(sections(service.answer(Invocation.cli("zh-CN"), "搜索 relese canarz"))
                        .get(0)
                        .text())
                .isEqualTo("您是否要找以下技能？\n• Canary Releases\n• Release Trains");
    }

    /** The closest skills are those of the words searched for: {@code loda senior} offers Load Testing beside the filter. */
    @Test
    void theClosestSkillsAreWorkedOutFromTheWordsSearchedFor() {
        Card card = service.answer(Invocation.cli("en"), "search loda senior");
        assertThat(sections(card)).extracting(Section::text).contains("Did you mean one of these?\n• Load Testing");
        assertThat(buttons(card)).extracting(Button::label).contains("Load Testing");
        assertThat(sections(service.answer(Invocation.cli("en"), "search senior sre")))
                .noneMatch(section -> section.text().startsWith("Did you mean"));
    }
}
