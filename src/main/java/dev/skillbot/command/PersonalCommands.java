package dev.skillbot.command;

import dev.skillbot.card.Card;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.chat.Invocation;
import dev.skillbot.i18n.Messages;
import java.util.Optional;

/**
 * The personal feature as the command handler sees it: it answers {@code me …} and {@code next …},
 * fills a typed lookup's missing level and role from the asker's profile, and adds the asker's own
 * parts (profile line, "I do this" toggles) to a shared card after the card cache, so a cached card
 * never carries one user's data to another. Implemented outside this package ({@code dev.skillbot.me}).
 */
public interface PersonalCommands {

    PersonalCommands NONE = new PersonalCommands() {
        @Override
        public Card handle(Command.Personal command, Invocation invocation, Catalog catalog, Messages messages) {
            return null;
        }

        @Override
        public Optional<String> act(Command.Personal command, Invocation invocation, Catalog catalog) {
            return Optional.empty();
        }

        @Override
        public Command personalize(Command command, Invocation invocation, Catalog catalog) {
            return command;
        }

        @Override
        public Card decorate(Card card, Command command, Invocation invocation, Catalog catalog, Messages messages) {
            return card;
        }
    };

    /** The card for a personal command, or null when the feature is not available here. */
    Card handle(Command.Personal command, Invocation invocation, Catalog catalog, Messages messages);

    /**
     * Does what a personal command that only writes asks (such as an "I do this" toggle) and
     * names the command whose card answers it (the card the toggle was on); empty for every other command.
     */
    Optional<String> act(Command.Personal command, Invocation invocation, Catalog catalog);

    /** The command with the profile's level and role where the typed command left them out (words typed always win). */
    Command personalize(Command command, Invocation invocation, Catalog catalog);

    /** The card with the asker's own parts added; the card itself when there are none. */
    Card decorate(Card card, Command command, Invocation invocation, Catalog catalog, Messages messages);

    /**
     * The answer to {@code command} was posted for everyone in the invocation's channel as the platform's message
     * {@code message} (a Share button): a shared checklist's card is then recorded, to be taken down when the share stops.
     */
    default void posted(Command.Personal command, Invocation invocation, String message) {}

    /**
     * True when {@code command} may change what the asker's own standing view shows of them (Slack's App Home tab:
     * the profile, its language and readiness, the comments on their shares), so the platform draws that view again.
     */
    default boolean changesOwnView(Command.Personal command) {
        return false;
    }

    /**
     * The asker's profile is read as stored for the next answer, not from a copy kept a few seconds: for a view the
     * platform keeps until it is drawn again (the App Home tab), which must not show a change another replica undid.
     */
    default void readAfresh(Invocation invocation) {}

    /** True when a card of {@code command} posted for everyone should be reported through {@link #posted}. */
    default boolean keepsPosts(Command.Personal command) {
        return false;
    }
}
