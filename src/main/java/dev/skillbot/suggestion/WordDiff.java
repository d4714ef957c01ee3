package dev.skillbot.suggestion;

import dev.skillbot.card.Diff.Change;
import dev.skillbot.card.Diff.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level difference between two texts, for a readable before/after in review posts. A short
 * stretch left equal between two changes (a space, a comma, "the") is folded into them, so a
 * rewritten sentence reads as the old words struck through, then the new ones, rather than
 * alternating word by word around the spaces they share (the semantic clean-up of Myers-style diffs).
 */
public final class WordDiff {

    private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{N}_'-]+|[^\\s\\p{L}\\p{N}]");
    private static final int MAX_TOKENS = 2_000;

    private WordDiff() {}

    public static List<Segment> diff(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        if ((long) a.size() * b.size() > (long) MAX_TOKENS * MAX_TOKENS) {
            return List.of(new Segment(Change.REMOVED, before), new Segment(Change.ADDED, after));
        }
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j))
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Segment> segments = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                add(segments, Change.SAME, a.get(i++));
                j++;
            } else if (j < b.size() && (i == a.size() || common[i][j + 1] >= common[i + 1][j])) {
                add(segments, Change.ADDED, b.get(j++));
            } else {
                add(segments, Change.REMOVED, a.get(i++));
            }
        }
        return foldShortEqualities(segments);
    }

    private static List<Segment> foldShortEqualities(List<Segment> raw) {
        List<Segment> folded = new ArrayList<>();
        StringBuilder removed = new StringBuilder();
        StringBuilder added = new StringBuilder();
        for (int k = 0; k < raw.size(); k++) {
            Segment segment = raw.get(k);
            switch (segment.change()) {
                case REMOVED -> removed.append(segment.text());
                case ADDED -> added.append(segment.text());
                case SAME -> {
                    int before = Math.max(removed.length(), added.length());
                    int length = segment.text().length();
                    if (length < before && length < changedLength(raw, k + 1)) {
                        removed.append(segment.text());
                        added.append(segment.text());
                    } else {
                        flush(folded, removed, added);
                        folded.add(segment);
                    }
                }
            }
        }
        flush(folded, removed, added);
        return folded;
    }

    /** The longer side of the change that starts at {@code from}, 0 when none does. */
    private static int changedLength(List<Segment> segments, int from) {
        int removed = 0;
        int added = 0;
        for (int k = from; k < segments.size() && segments.get(k).change() != Change.SAME; k++) {
            if (segments.get(k).change() == Change.REMOVED) {
                removed += segments.get(k).text().length();
            } else {
                added += segments.get(k).text().length();
            }
        }
        return Math.max(removed, added);
    }

    private static void flush(List<Segment> folded, StringBuilder removed, StringBuilder added) {
        if (!removed.isEmpty()) {
            folded.add(new Segment(Change.REMOVED, removed.toString()));
            removed.setLength(0);
        }
        if (!added.isEmpty()) {
            folded.add(new Segment(Change.ADDED, added.toString()));
            added.setLength(0);
        }
    }

    private static void add(List<Segment> segments, Change kind, String token) {
        if (!segments.isEmpty() && segments.get(segments.size() - 1).change() == kind) {
            Segment last = segments.remove(segments.size() - 1);
            segments.add(new Segment(kind, last.text() + token));
        } else {
            segments.add(new Segment(kind, token));
        }
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }
}
