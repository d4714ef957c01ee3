package dev.skillbot.command;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** What cards show of suggestions under review; the suggestion feature provides it. */
public interface SuggestionsView {

    /** A suggestion waiting for review, with a link to its review message when there is one. */
    record OpenSuggestion(
            long id, String skillId, String levelId, String roleId, String author, Instant created, String link) {}

    /** How many suggestions are open, for one skill or (null) all, read from the store now. */
    long openCount(String skillId);

    /**
     * The open count as last known, for cards: never waits for a store, and is empty while it is
     * not known. A view that reads a store overrides it; the default suits views held in memory.
     */
    default OptionalLong knownOpenCount(String skillId) {
        return OptionalLong.of(openCount(skillId));
    }

    List<OpenSuggestion> open(String skillId, int limit);

    /**
     * Suggestions approved but not written to the catalog (the cell changed meanwhile, a push failed), for one skill
     * or (null) all: they wait for a reviewer to try again or close them, so {@code proposals} lists them too.
     */
    default List<OpenSuggestion> notWritten(String skillId, int limit) {
        return List.of();
    }

    /**
     * Since when the longest-waiting approval not written has waited (it was approved and could not be written), for
     * one skill or (null) all.
     */
    default Optional<Instant> oldestNotWritten(String skillId) {
        return Optional.empty();
    }

    /** When the oldest open suggestion was made, for one skill or (null) all. */
    default Optional<Instant> oldestOpen(String skillId) {
        return Optional.empty();
    }

    /**
     * Whether suggestions are kept where this answers: not on the command line, where {@code proposals}
     * then says where they are rather than that none is open.
     */
    default boolean kept() {
        return true;
    }

    /** No suggestions, as where none are stored yet. */
    SuggestionsView NONE = new Empty(true);

    /** The command line's: none open, and none kept. */
    SuggestionsView NOT_KEPT = new Empty(false);

    /** No suggestion open; {@code kept} tells whether one could be. */
    record Empty(boolean kept) implements SuggestionsView {

        @Override
        public long openCount(String skillId) {
            return 0;
        }

        @Override
        public List<OpenSuggestion> open(String skillId, int limit) {
            return List.of();
        }
    }
}
