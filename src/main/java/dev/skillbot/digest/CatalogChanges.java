package dev.skillbot.digest;

import java.time.Instant;
import java.util.List;

/** What each catalog revision changed, as the reloader saw it, for the digest of the week it happened in. */
public interface CatalogChanges {

    void record(List<CatalogChange> changes);

    /** The changes seen from {@code from} (inclusive) to {@code to} (exclusive), oldest first. */
    List<CatalogChange> between(Instant from, Instant to);
}
