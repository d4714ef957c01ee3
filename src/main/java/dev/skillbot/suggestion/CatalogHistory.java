package dev.skillbot.suggestion;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Records approved edits in version control; a plain directory records nothing. The writer calls,
 * under its lock and lease: {@link #catchUp} before it reads, {@link #commit} after it wrote, then
 * {@link #publish}; a write that cannot be published is taken back with {@link #discardUnpublished}.
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

    /** What publishing did. */
    enum Published {
        DONE,
        REJECTED,
        FAILED
    }

    /** Publishing's result; the problem is empty when done. */
    record Publication(Published state, String problem) {

        public static Publication done() {
            return new Publication(Published.DONE, "");
        }
    }

    /** Brings the work tree to the remote's head, dropping unpublished commits; the problem if it could not. */
    default Optional<String> catchUp() {
        return Optional.empty();
    }

    /** Commits the file's current content (and nothing else) with the author given; nothing to commit is not a failure. */
    Outcome commit(Path file, Author author, String message);

    /** Sends the new commits to the remote, when one is configured. REJECTED: the remote moved on; catch up and write again. */
    default Publication publish() {
        return Publication.done();
    }

    /** Takes back commits that could not be published, so the clone never keeps them. */
    default void discardUnpublished() {}

    /** The published commit that wrote the proposal, found by its {@value #PROPOSAL_TRAILER} trailer among recent commits. */
    default Optional<String> commitOf(long proposalId) {
        return Optional.empty();
    }

    CatalogHistory NONE = (file, author, message) -> Outcome.nothingToRecord();
}
