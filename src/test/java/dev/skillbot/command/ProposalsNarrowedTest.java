package dev.skillbot.command;

import static dev.skillbot.testing.Cards.sections;
import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.card.Card;
import dev.skillbot.card.Section;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.chat.Invocation;
import dev.skillbot.testing.FixtureCatalog;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code proposals canary senior} said Canary Releases "has no level or role “senior”", though Senior is a level: the
 * level and role given with a skill narrow its open suggestions, as a lookup reads them.
 */
class ProposalsNarrowedTest {

    private final Catalog catalog = FixtureCatalog.load();

    private final SuggestionsView view = new SuggestionsView() {
        private final List<OpenSuggestion> open = List.of(
                suggestion(1, "senior", "sre"), suggestion(2, "senior", "devops"), suggestion(3, "lead", "sre"));

        @Override
        public long openCount(String skillId) {
            return open.size();
        }

        @Override
        public List<OpenSuggestion> open(String skillId, int limit) {
            return open.stream().limit(limit).toList();
        }
    };

    private final CommandService service = new CommandService(() -> catalog, CommandPorts.NONE.withSuggestions(view));

    @Test
    void aLevelAndARoleGivenWithTheSkillNarrowItsOpenSuggestions() {
        assertThat(ids(service.answer(Invocation.cli("en"), "proposals canary")))
                .containsExactly("1", "2", "3");

        Card senior = service.answer(Invocation.cli("en"), "proposals canary senior");
        assertThat(senior.title()).isEqualTo("Open suggestions for Canary Releases · Senior");
        assertThat(ids(senior)).containsExactly("1", "2");

        Card cell = service.answer(Invocation.cli("en"), "proposals canary senior sre");
        assertThat(cell.title()).startsWith("Open suggestions for Canary Releases · Senior · ");
        assertThat(ids(cell)).containsExactly("1");

        assertThat(ids(service.answer(Invocation.cli("en"), "proposals canary principal")))
                .isEmpty();
    }

    private static List<String> ids(Card card) {
        return sections(card).stream()
                .map(Section::heading)
                .filter(heading -> heading.startsWith("#"))
                .map(heading -> heading.substring(1, heading.indexOf(' ')))
                .toList();
    }

    private static SuggestionsView.OpenSuggestion suggestion(long id, String level, String role) {
        return new SuggestionsView.OpenSuggestion(
                id, "canary-releases", level, role, "Alice", Instant.parse("2026-12-01T10:00:00Z"), "");
    }
}
