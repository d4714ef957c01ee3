package dev.skillbot.suggestion;

import dev.skillbot.catalog.Expectation;
import dev.skillbot.i18n.MessageKey;
import java.util.List;
import java.util.Optional;

/** The checks on a suggestion's own content, each with its own message. */
final class SuggestionChecks {

    private SuggestionChecks() {
    }

    static Optional<Submission.Refused> check(ProposalDraft draft, Expectation current, SuggestionLimits limits) {
        if (draft.text().isEmpty()) {
            return refuse("text", MessageKey.SUGGEST_EMPTY);
        }
        if (draft.text().length() > limits.maxTextLength()) {
            return refuse("text", MessageKey.SUGGEST_TOO_LONG, draft.text().length(), limits.maxTextLength());
        }
        if (draft.rationale().length() > limits.maxRationaleLength()) {
            return refuse("rationale", MessageKey.SUGGEST_TOO_LONG, draft.rationale().length(), limits.maxRationaleLength());
        }
        if (draft.text().equals(current.text()) && draft.required() == current.required()) {
            return refuse("text", MessageKey.SUGGEST_UNCHANGED);
        }
        return Optional.empty();
    }

    private static Optional<Submission.Refused> refuse(String field, MessageKey key, Object... args) {
        return Optional.of(new Submission.Refused(field, key, List.of(args)));
    }
}
