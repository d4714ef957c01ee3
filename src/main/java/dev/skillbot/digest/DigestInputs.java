package dev.skillbot.digest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a digest says, gathered for one scope and one week; {@code notWritten} counts approvals that could not
 * be written to the catalog, which wait for a reviewer to try again or close them, the oldest since
 * {@code oldestNotWritten}.
 */
public record DigestInputs(
        IsoWeek week,
        Scope scope,
        List<CatalogChange> changes,
        long waiting,
        Optional<Instant> oldestWaiting,
        Instant asOf,
        List<Map.Entry<String, Long>> topLookups,
        long notWritten,
        Optional<Instant> oldestNotWritten) {

    public DigestInputs {
        changes = List.copyOf(changes);
        topLookups = List.copyOf(topLookups);
    }

    public boolean quiet() {
        return changes.isEmpty() && waiting == 0 && notWritten == 0;
    }
}
