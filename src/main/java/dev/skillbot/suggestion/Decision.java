package dev.skillbot.suggestion;

import dev.skillbot.i18n.MessageKey;
import java.util.List;

/** The outcome of a reviewer's click. */
public sealed interface Decision {

    /** Approved and written (and committed), or rejected. */
    record Decided(Proposal proposal) implements Decision {}

    /** Approved, but the write-back failed: the proposal is marked as needing attention. */
    record NeedsAttention(Proposal proposal, String problem) implements Decision {}

    record AlreadyDecided(Proposal proposal) implements Decision {}

    record NotAReviewer() implements Decision {}

    /** Four eyes: the author of a suggestion may not approve it. */
    record OwnSuggestion(long id) implements Decision {}

    record NotFound(long id) implements Decision {}

    /** A field of the decision (the rejection reason) was refused; {@code field} names the form input. */
    record Invalid(String field, MessageKey reason, List<Object> args) implements Decision {

        public Invalid {
            args = List.copyOf(args);
        }
    }

    /** The database could not be reached: nothing changed. */
    record Unavailable() implements Decision {}

    /** The proposal this decision settled, if it settled one. */
    default java.util.Optional<Proposal> settled() {
        if (this instanceof Decided decided) {
            return java.util.Optional.of(decided.proposal());
        }
        if (this instanceof NeedsAttention attention) {
            return java.util.Optional.of(attention.proposal());
        }
        return java.util.Optional.empty();
    }
}
