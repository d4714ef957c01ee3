package dev.skillbot.suggestion;

import java.nio.file.Path;

/** Records an approved edit in version control; a plain directory records nothing. */
public interface CatalogHistory {

    /** The outcome: committed (and pushed, when configured), or the reason a person must look. */
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

    Outcome record(Path file, Author author, String message);

    CatalogHistory NONE = (file, author, message) -> Outcome.nothingToRecord();
}
