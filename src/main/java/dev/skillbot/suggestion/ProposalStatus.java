package dev.skillbot.suggestion;

/**
 * A proposal's life: OPEN until a reviewer decides; an approval passes through APPROVING while the
 * catalog is written, so a crash in between is finished by start-up ({@link ApprovalRecovery}).
 */
public enum ProposalStatus {
    /** Waiting for a reviewer. */
    OPEN,
    /** Approved; the write to the catalog and its commit are under way, or were interrupted. */
    APPROVING,
    /** Approved, written to the catalog and committed. */
    APPROVED,
    REJECTED,
    /** Approved, but the catalog changed underneath it or the write failed: a person must look. */
    NEEDS_ATTENTION
}
