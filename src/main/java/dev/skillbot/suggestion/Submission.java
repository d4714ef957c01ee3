package dev.skillbot.suggestion;

import dev.skillbot.i18n.MessageKey;
import java.util.List;

/** The outcome of submitting a suggestion. */
public sealed interface Submission {

    record Saved(Proposal proposal) implements Submission {}

    /** Refused with a message for the user; {@code field} names the form input it is about. */
    record Refused(String field, MessageKey reason, List<Object> args) implements Submission {

        public Refused {
            args = List.copyOf(args);
        }
    }

    /** The database could not be reached: nothing was saved. */
    record Unavailable() implements Submission {}
}
