package dev.skillbot.suggestion;

import dev.skillbot.card.Diff.Change;
import dev.skillbot.card.Diff.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A word-level difference between two texts, for a readable before/after in review posts. */
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
        return segments;
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
