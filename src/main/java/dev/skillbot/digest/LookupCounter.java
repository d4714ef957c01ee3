package dev.skillbot.digest;

import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts lookups per skill in memory and writes them in one batch per flush, so the hot path
 * never writes to the database.
 */
public final class LookupCounter {

    private static final Logger log = LoggerFactory.getLogger(LookupCounter.class);

    private final LookupCounts counts;
    private final Clock clock;
    private final ZoneId zone;
    private final ConcurrentHashMap<String, LongAdder> pending = new ConcurrentHashMap<>();

    public LookupCounter(LookupCounts counts, Clock clock, ZoneId zone) {
        this.counts = counts;
        this.clock = clock;
        this.zone = zone;
    }

    public void record(String skillId) {
        pending.computeIfAbsent(skillId, id -> new LongAdder()).increment();
    }

    /** Writes what was counted since the last flush; on failure the counts are kept for the next one. */
    public void flush() {
        Map<String, Long> batch = new HashMap<>();
        pending.forEach((skillId, adder) -> {
            long count = adder.sumThenReset();
            if (count > 0) {
                batch.put(skillId, count);
            }
        });
        if (batch.isEmpty()) {
            return;
        }
        try {
            counts.add(IsoWeek.of(java.time.LocalDate.ofInstant(clock.instant(), zone)), batch);
        } catch (RuntimeException e) {
            batch.forEach((skillId, count) ->
                    pending.computeIfAbsent(skillId, id -> new LongAdder()).add(count));
            log.warn("Lookup counts not saved, kept for the next flush: {}", e.getMessage());
        }
    }
}
