package dev.skillbot.observability;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The most frequent texts of lookups that matched no skill (normalised), counted in memory, for
 * operators and reviewers to see what people look for and do not find; no longer a metric label,
 * since the text is whatever users typed. At most {@code capacity} texts are kept. A new text
 * takes the place of the least counted one and its count plus one (the space-saving algorithm):
 * a text that makes up more than 1/capacity of all recorded is never lost, whatever noise comes,
 * and a count is too high by at most its {@code overcount}.
 */
public final class UnmatchedLookups {

    /** A text, how often it was looked up (at most {@code overcount} too many). */
    public record Entry(String text, long count, long overcount) {}

    private final int capacity;
    private final Map<String, Entry> entries = new HashMap<>();

    public UnmatchedLookups(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
    }

    public synchronized void record(String text) {
        Entry entry = entries.get(text);
        if (entry != null) {
            entries.put(text, new Entry(text, entry.count() + 1, entry.overcount()));
        } else if (entries.size() < capacity) {
            entries.put(text, new Entry(text, 1, 0));
        } else {
            Entry least = entries.values().stream()
                    .min(Comparator.comparingLong(Entry::count))
                    .orElseThrow();
            entries.remove(least.text());
            entries.put(text, new Entry(text, least.count() + 1, least.count()));
        }
    }

    /** The {@code n} most counted, most counted first. */
    public synchronized List<Entry> top(int n) {
        List<Entry> sorted = new ArrayList<>(entries.values());
        sorted.sort(Comparator.comparingLong(Entry::count).reversed().thenComparing(Entry::text));
        return List.copyOf(sorted.subList(0, Math.min(n, sorted.size())));
    }

    public int capacity() {
        return capacity;
    }
}
