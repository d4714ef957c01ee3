package dev.skillbot.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Full-text search over names, aliases, tags, summaries and cell text. A hit needs every query
 * word; skills whose names or tags match rank first, then cells by how often they mention the words.
 */
public final class CatalogSearch {

    private static final int SNIPPET_RADIUS = 70;

    /** One match: a whole skill (level and role null) or one cell with a snippet around the match. */
    public record Hit(Skill skill, Level level, String roleId, String snippet, int score) {

        public boolean isCell() {
            return level != null;
        }
    }

    public record Result(List<Hit> hits, int total) {
    }

    private CatalogSearch() {
    }

    public static Result search(Catalog catalog, String query, int limit) {
        List<String> words = Keys.words(query).stream().filter(word -> !word.isBlank()).toList();
        if (words.isEmpty()) {
            return new Result(List.of(), 0);
        }
        List<Hit> hits = new ArrayList<>();
        for (Skill skill : catalog.skills()) {
            String about = String.join(" ", Stream.of(List.of(skill.id(), skill.name(), skill.group(), skill.summary()),
                    skill.aliases(), skill.tags()).flatMap(List::stream).toList());
            int aboutScore = score(about, words);
            if (aboutScore > 0) {
                hits.add(new Hit(skill, null, null, skill.summary(), 1000 + aboutScore));
            }
            for (Expectation cell : skill.cells()) {
                int cellScore = score(cell.text(), words);
                if (cellScore > 0) {
                    Level level = catalog.level(cell.levelId()).orElseThrow();
                    hits.add(new Hit(skill, level, cell.roleId(), snippet(cell.text(), words.get(0)), cellScore));
                }
            }
        }
        hits.sort(Comparator.comparingInt(Hit::score).reversed()
                .thenComparing(hit -> hit.skill().name(), String.CASE_INSENSITIVE_ORDER)
                .thenComparingInt(hit -> hit.level() == null ? -1 : hit.level().rank()));
        return new Result(hits.stream().limit(limit).toList(), hits.size());
    }

    /** Occurrences of all words, or 0 when any word is missing. */
    private static int score(String text, List<String> words) {
        String haystack = text.toLowerCase(Locale.ROOT);
        int total = 0;
        for (String word : words) {
            int count = 0;
            for (int at = haystack.indexOf(word); at >= 0; at = haystack.indexOf(word, at + word.length())) {
                count++;
            }
            if (count == 0) {
                return 0;
            }
            total += count;
        }
        return total;
    }

    static String snippet(String text, String word) {
        int at = text.toLowerCase(Locale.ROOT).indexOf(word);
        if (at < 0 || text.length() <= 2 * SNIPPET_RADIUS) {
            return text;
        }
        int from = Math.max(0, at - SNIPPET_RADIUS);
        int to = Math.min(text.length(), at + word.length() + SNIPPET_RADIUS);
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        while (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
            to++;
        }
        return (from > 0 ? "…" : "") + text.substring(from, to).strip() + (to < text.length() ? "…" : "");
    }
}
