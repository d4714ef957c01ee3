package dev.skillbot.digest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything a digest says, gathered for one scope and one week. */
public record DigestInputs(
        IsoWeek week,
        Scope scope,
        List<CatalogChange> changes,
        long waiting,
        Optional<Instant> oldestWaiting,
        Instant asOf,
        List<Map.Entry<String, Long>> topLookups) {

    public DigestInputs {
        changes = List.copyOf(changes);
        topLookups = List.copyOf(topLookups);
    }

    public boolean quiet() {
        return changes.isEmpty() && waiting == 0;
    }
}
