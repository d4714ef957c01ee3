package dev.skillbot.catalog;

import java.time.Instant;
import java.util.List;

/** The outcome of the latest reload attempt, shown by {@code about} and health. */
public record ReloadStatus(Instant at, boolean succeeded, String servingRevision, List<Problem> problems) {

    public ReloadStatus {
        problems = List.copyOf(problems);
    }
}
