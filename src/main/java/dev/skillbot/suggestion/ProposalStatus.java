package dev.skillbot.suggestion;

public enum ProposalStatus {
    /** Waiting for a reviewer. */
    OPEN,
    /** Approved and written to the catalog. */
    APPROVED,
    REJECTED,
    /** Approved, but the catalog changed underneath it or the push failed: a person must look. */
    NEEDS_ATTENTION
}
