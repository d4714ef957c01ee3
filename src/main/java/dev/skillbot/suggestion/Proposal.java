package dev.skillbot.suggestion;

import java.time.Instant;

/** A suggested edit of one cell, with its review state. */
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
        String decidedBy,
        Instant decidedAt,
        String decisionNote,
        ReviewMessage reviewMessage) {

    /** Where the review post lives, so lists can link to it and decisions can update it. */
    public record ReviewMessage(String channel, String messageId, String link) {
    }

    public Proposal withId(long newId) {
        return new Proposal(newId, skillId, levelId, roleId, oldText, newText, oldRequired, newRequired, rationale, author,
                catalogRevision, status, createdAt, updatedAt, decidedBy, decidedAt, decisionNote, reviewMessage);
    }
}
