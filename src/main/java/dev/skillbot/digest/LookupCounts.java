package dev.skillbot.digest;

import java.util.List;
import java.util.Map;

/** How often each skill was looked up, per week. */
public interface LookupCounts {

    /** Adds the counts to the week's. */
    void add(IsoWeek week, Map<String, Long> countsBySkill);

    /** The most looked-up skills of a week, most first, at most {@code limit} (at least one). */
    List<Map.Entry<String, Long>> top(IsoWeek week, int limit);
}
