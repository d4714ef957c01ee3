package dev.skillbot.catalog;

import java.util.Arrays;

/**
 * Which keys hold each trigram of the padded key ({@code ^key$}), with the trigram packed into a
 * long (three 16-bit chars) and looked up in an open-addressing table. Building the index of 100k
 * skills made about ten million three-letter strings (230 MB of garbage, a fifth of a first load's
 * allocation) only to use them as map keys; packed, a trigram is a number and the build allocates
 * nothing per occurrence.
 */
final class TrigramPostings {

    /** The one "trigram" of an empty key, whose padded form {@code ^$} has two chars; no packed trigram sets bit 48. */
    private static final long EMPTY_KEY = 1L << 48 | '^' << 16 | '$';
    /** A free slot: packed trigrams are never negative. */
    private static final long FREE = -1;

    private final long[] grams;
    private final int[][] lists;
    private final int size;

    private TrigramPostings(long[] grams, int[][] lists, int size) {
        this.grams = grams;
        this.lists = lists;
        this.size = size;
    }

    /** Posting lists of {@code keys}: each key index once under each of its trigrams, in ascending order. */
    static TrigramPostings of(String[] keys) {
        Builder builder = new Builder(1024);
        for (int k = 0; k < keys.length; k++) {
            String key = keys[k];
            for (int i = 0, count = count(key); i < count; i++) {
                builder.add(gram(key, i), k);
            }
        }
        return builder.build();
    }

    /** How many trigrams {@code key} has, repeats included. */
    static int count(String key) {
        return Math.max(1, key.length());
    }

    /** The {@code i}-th trigram of {@code ^key$}, packed. */
    static long gram(String key, int i) {
        int length = key.length();
        if (length == 0) {
            return EMPTY_KEY;
        }
        return (long) padded(key, i) << 32 | (long) padded(key, i + 1) << 16 | padded(key, i + 2);
    }

    private static char padded(String key, int at) {
        return at == 0 ? '^' : at == key.length() + 1 ? '$' : key.charAt(at - 1);
    }

    /** The trigram as text, such as {@code ^ab}: for tests and debugging. */
    static String text(long gram) {
        if (gram == EMPTY_KEY) {
            return "^$";
        }
        return new String(new char[] {(char) (gram >>> 32), (char) (gram >>> 16), (char) gram});
    }

    /** The ascending key indexes holding {@code gram}, or null. */
    int[] get(long gram) {
        int mask = grams.length - 1;
        for (int slot = slot(gram, mask); grams[slot] != FREE; slot = (slot + 1) & mask) {
            if (grams[slot] == gram) {
                return lists[slot];
            }
        }
        return null;
    }

    /** How many distinct trigrams. */
    int size() {
        return size;
    }

    /** Visits every trigram with its posting list. */
    void forEach(PostingVisitor visitor) {
        for (int slot = 0; slot < grams.length; slot++) {
            if (grams[slot] != FREE) {
                visitor.visit(grams[slot], lists[slot]);
            }
        }
    }

    @FunctionalInterface
    interface PostingVisitor {
        void visit(long gram, int[] keys);
    }

    /** The table while it is filled; {@link #build} hands its arrays, never changed again, to the postings. */
    private static final class Builder {
        private long[] grams;
        private int[][] lists;
        private int size;

        Builder(int capacity) {
            grams = new long[capacity];
            Arrays.fill(grams, FREE);
            lists = new int[capacity][];
        }

        /** While building, slot 0 of each list holds its length; keys arrive in ascending order. */
        void add(long gram, int key) {
            int mask = grams.length - 1;
            int slot = slot(gram, mask);
            while (grams[slot] != FREE && grams[slot] != gram) {
                slot = (slot + 1) & mask;
            }
            int[] list = lists[slot];
            if (list == null) {
                grams[slot] = gram;
                lists[slot] = new int[] {1, key, 0, 0};
                if (++size * 2 > grams.length) {
                    grow();
                }
                return;
            }
            if (list[list[0]] == key) {
                return; // the key has this trigram twice
            }
            if (list[0] + 1 == list.length) {
                list = Arrays.copyOf(list, list.length * 2);
                lists[slot] = list;
            }
            list[++list[0]] = key;
        }

        private void grow() {
            long[] oldGrams = grams;
            int[][] oldLists = lists;
            grams = new long[oldGrams.length * 2];
            Arrays.fill(grams, FREE);
            lists = new int[grams.length][];
            int mask = grams.length - 1;
            for (int old = 0; old < oldGrams.length; old++) {
                if (oldGrams[old] != FREE) {
                    int slot = slot(oldGrams[old], mask);
                    while (grams[slot] != FREE) {
                        slot = (slot + 1) & mask;
                    }
                    grams[slot] = oldGrams[old];
                    lists[slot] = oldLists[old];
                }
            }
        }

        TrigramPostings build() {
            for (int slot = 0; slot < lists.length; slot++) {
                int[] list = lists[slot];
                if (list != null) {
                    lists[slot] = Arrays.copyOfRange(list, 1, list[0] + 1);
                }
            }
            return new TrigramPostings(grams, lists, size);
        }
    }

    private static int slot(long gram, int mask) {
        long mixed = gram * 0x9E3779B97F4A7C15L; // Fibonacci hashing: neighbouring trigrams land far apart
        return (int) (mixed >>> 32) & mask;
    }
}
