package dev.skillbot.suggestion;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Records approved edits in version control; a plain directory records nothing. {@link #commit}
 * runs inside the catalog writer's lock and commits exactly one file; {@link #push} runs after the
 * lock is released and must not block the caller on the remote.
 */
public interface CatalogHistory {

    /** The trailer that ties a commit to the proposal it wrote; written by Skillbot, never by a user. */
    String PROPOSAL_TRAILER = "Skillbot-Proposal";

    /** The outcome: committed, nothing to commit, or the reason a person must look. */
    record Outcome(boolean recorded, String commitId, String problem) {

        public static Outcome nothingToRecord() {
            return new Outcome(true, "", "");
        }

        public static Outcome committed(String commitId) {
            return new Outcome(true, commitId, "");
        }

        public static Outcome failed(String commitId, String problem) {
            return new Outcome(false, commitId, problem);
        }
    }

    /** Commits the file's current content (and nothing else) with the author given; nothing to commit is not a failure. */
    Outcome commit(Path file, Author author, String message);

    /** Sends what was committed to the remote, when one is configured: in the background, retried, never blocking. */
    default void push() {
    }

    /** The commit that wrote the proposal, found by its {@value #PROPOSAL_TRAILER} trailer among recent commits. */
    default Optional<String> commitOf(long proposalId) {
        return Optional.empty();
    }

    CatalogHistory NONE = (file, author, message) -> Outcome.nothingToRecord();
}
