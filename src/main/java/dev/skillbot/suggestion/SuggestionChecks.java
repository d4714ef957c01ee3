package dev.skillbot.suggestion;

import dev.skillbot.catalog.Expectation;
import dev.skillbot.i18n.MessageKey;
import java.util.List;
import java.util.Optional;

/** The checks on a suggestion's and a decision's own content, each with its own message. */
final class SuggestionChecks {

    private static final int MAX_ID = 128;

    private SuggestionChecks() {}

    static Optional<Submission.Refused> check(
            ProposalDraft draft, Author author, Expectation current, SuggestionLimits limits) {
        if (author.userId().isEmpty()
                || author.userId().length() > MAX_ID
                || author.workspace().length() > MAX_ID) {
            return refuse("text", MessageKey.SUGGEST_UNKNOWN_AUTHOR);
        }
        if (draft.text().isEmpty()) {
            return refuse("text", MessageKey.SUGGEST_EMPTY);
        }
        if (draft.text().length() > limits.maxTextLength()) {
            return refuse("text", MessageKey.SUGGEST_TOO_LONG, draft.text().length(), limits.maxTextLength());
        }
        if (draft.rationale().length() > limits.maxRationaleLength()) {
            return refuse(
                    "rationale", MessageKey.SUGGEST_TOO_LONG, draft.rationale().length(), limits.maxRationaleLength());
        }
        Optional<Submission.Refused> unsafe =
                unsafe("text", draft.text()).or(() -> unsafe("rationale", draft.rationale()));
        if (unsafe.isPresent()) {
            return unsafe;
        }
        if (draft.text().equals(current.content().in(draft.locale()).text())
                && draft.required() == current.required()) {
            return refuse("text", MessageKey.SUGGEST_UNCHANGED);
        }
        return Optional.empty();
    }

    /** A rejection's reason: required, within the limit, and free of characters that cannot be shown safely. */
    static Optional<Decision> reason(String reason, SuggestionLimits limits) {
        if (reason.isEmpty()) {
            return Optional.of(new Decision.Invalid(ProposalCards.REASON, MessageKey.SUGGEST_EMPTY, List.of()));
        }
        if (reason.length() > limits.maxReasonLength()) {
            return Optional.of(new Decision.Invalid(
                    ProposalCards.REASON,
                    MessageKey.SUGGEST_TOO_LONG,
                    List.of(reason.length(), limits.maxReasonLength())));
        }
        return UnsafeText.find(reason)
                .map(found -> new Decision.Invalid(
                        ProposalCards.REASON,
                        MessageKey.SUGGEST_UNSAFE_CHARACTER,
                        List.of(found.code(), found.kind(), found.position())));
    }

    private static Optional<Submission.Refused> unsafe(String field, String text) {
        return UnsafeText.find(text)
                .map(found -> new Submission.Refused(
                        field,
                        MessageKey.SUGGEST_UNSAFE_CHARACTER,
                        List.of(found.code(), found.kind(), found.position())));
    }

    private static Optional<Submission.Refused> refuse(String field, MessageKey key, Object... args) {
        return Optional.of(new Submission.Refused(field, key, List.of(args)));
    }
}
