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
    /**
     * Approved, but the catalog changed underneath it or the write failed: a reviewer tries again (once the cause
     * is gone) or closes it, as they decide an open one.
     */
    NEEDS_ATTENTION;

    /** Whether a reviewer's approval or rejection applies now: the proposal is open, or its approval needs one again. */
    public boolean awaitsReviewer() {
        return this == OPEN || this == NEEDS_ATTENTION;
    }
}
