package dev.skillbot.suggestion;

import dev.skillbot.catalog.Expectation;
import java.time.Instant;

/**
 * A suggested edit of one cell, with its review state. {@code locale} is the language of {@code oldText}
 * and {@code newText}; null (proposals saved before it was recorded) means the catalog's default language.
 */
public record Proposal(
        long id,
        String skillId,
        String levelId,
        String roleId,
        String oldText,
        String newText,
        boolean oldRequired,
        boolean newRequired,
        String rationale,
        Author author,
        String catalogRevision,
        ProposalStatus status,
        Instant createdAt,
        Instant updatedAt,
        Verdict verdict,
        ReviewMessage reviewMessage,
        String locale) {

    /**
     * Who decided, when, and the reviewer's note (for an approval that was not written, the writer's words, and
     * {@code cause}: why, for people; null otherwise); {@link #NONE} while nobody has.
     */
    public record Verdict(String by, Instant at, String note, WriteCause cause) {

        public static final Verdict NONE = new Verdict("", null, "", null);

        public Verdict {
            by = by == null ? "" : by;
            note = note == null ? "" : note;
        }

        public Verdict(String by, Instant at, String note) {
            this(by, at, note, null);
        }
    }

    /** Where the review post lives, so lists can link to it and decisions can update it. */
    public record ReviewMessage(String channel, String messageId, String link) {}

    /** A new, open proposal to change {@code current} as the draft says. */
    static Proposal open(ProposalDraft draft, Expectation current, Author author, String revision, Instant now) {
        return new Proposal(
                0,
                draft.skillId(),
                draft.levelId(),
                draft.roleId(),
                current.content().in(draft.locale()).text(),
                draft.text(),
                current.required(),
                draft.required(),
                draft.rationale(),
                author,
                revision,
                ProposalStatus.OPEN,
                now,
                now,
                Verdict.NONE,
                null,
                draft.locale());
    }

    public Proposal withId(long newId) {
        return new Proposal(
                newId,
                skillId,
                levelId,
                roleId,
                oldText,
                newText,
                oldRequired,
                newRequired,
                rationale,
                author,
                catalogRevision,
                status,
                createdAt,
                updatedAt,
                verdict,
                reviewMessage,
                locale);
    }
}
