package dev.skillbot.suggestion;

/** The outcome of a reviewer's click. */
public sealed interface Decision {

    /** Approved and written (and committed), or rejected. */
    record Decided(Proposal proposal) implements Decision {
    }

    /** Approved, but the write-back failed: the proposal is marked as needing attention. */
    record NeedsAttention(Proposal proposal, String problem) implements Decision {
    }

    record AlreadyDecided(Proposal proposal) implements Decision {
    }

    record NotAReviewer() implements Decision {
    }

    record NotFound(long id) implements Decision {
    }

    /** The database could not be reached: nothing changed. */
    record Unavailable() implements Decision {
    }
}
