package dev.skillbot.catalog;

import dev.skillbot.card.TextCut;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Full-text search over names, aliases, tags, summaries and cell text, in every language of the
 * catalog. A hit needs every query word of two letters or more ({@link SearchTerms}: most bigrams of a Chinese run,
 * where one character is a word too); skills
 * whose names or tags match rank first, then cells by how often they mention the words.
 */
public final class CatalogSearch {

    private static final int SNIPPET_RADIUS = 70;

    /**
     * One match: a whole skill (level and role null) or one cell with a snippet around the match, and
     * the language the snippet is written in.
     */
    public record Hit(Skill skill, Level level, String roleId, String snippet, String snippetLocale, int score) {

        public boolean isCell() {
            return level != null;
        }
    }

    public record Result(List<Hit> hits, int total) {}

    /**
     * The levels and roles a search's hits must be at (none: any), which only cells are: a filtered search lists no
     * skill itself, and with no words every cell at them.
     */
    public record Filter(List<String> levelIds, List<String> roleIds) {

        public static final Filter NONE = new Filter(List.of(), List.of());

        public boolean isNone() {
            return levelIds.isEmpty() && roleIds.isEmpty();
        }

        boolean accepts(Expectation cell) {
            return (levelIds.isEmpty() || levelIds.contains(cell.levelId()))
                    && (roleIds.isEmpty() || roleIds.contains(cell.roleId()));
        }
    }

    private CatalogSearch() {}

    public static Result search(Catalog catalog, String query, int limit) {
        return search(catalog, query, limit, catalog.locales().defaultLocale());
    }

    /**
     * Hits in any of the catalog's languages; a cell's snippet is taken from the reader's language
     * when that text matches, else from the language that did.
     */
    public static Result search(Catalog catalog, String query, int limit, String locale) {
        return search(catalog, query, limit, locale, Filter.NONE);
    }

    /** The hits at the filter's levels and roles: with no words, every cell there (by skill, then level). */
    public static Result search(Catalog catalog, String query, int limit, String locale, Filter filter) {
        SearchTerms terms = SearchTerms.of(query);
        if (terms.isEmpty() && filter.isNone()) {
            return new Result(List.of(), 0);
        }
        List<Hit> hits = new ArrayList<>();
        for (Skill skill : catalog.skills()) {
            if (!filter.isNone()) {
                for (Expectation cell : skill.cells()) {
                    if (filter.accepts(cell)) {
                        (terms.isEmpty()
                                        ? Optional.of(everyCell(catalog, skill, cell, locale))
                                        : cellHit(catalog, skill, cell, terms, locale))
                                .ifPresent(hits::add);
                    }
                }
                continue;
            }
            int aboutScore = terms.score(about(skill));
            if (aboutScore > 0) {
                Localized summary = skill.localizedSummary();
                hits.add(new Hit(
                        skill, null, null, summary.in(locale).text(), localeOf(summary, locale), 1000 + aboutScore));
            }
            for (Expectation cell : skill.cells()) {
                cellHit(catalog, skill, cell, terms, locale).ifPresent(hits::add);
            }
        }
        hits.sort(Comparator.comparingInt(Hit::score)
                .reversed()
                .thenComparing(hit -> hit.skill().name(), String.CASE_INSENSITIVE_ORDER)
                .thenComparingInt(hit -> hit.level() == null ? -1 : hit.level().rank()));
        return new Result(hits.stream().limit(limit).toList(), hits.size());
    }

    /**
     * Whether the words are all too short to be searched for ({@code a}, {@code b c}): a word needs two letters or
     * digits, while one Chinese, Japanese or Korean character is a word of its own.
     */
    public static boolean tooShort(String words) {
        return SearchTerms.tooShort(words);
    }

    /**
     * What a skill itself is found by, in every language of the catalog: its id, names, group, summary,
     * aliases and tags (the static site's search index carries the same text, so both find the same skills).
     */
    public static String about(Skill skill) {
        return String.join(
                " ",
                Stream.of(
                                Stream.of(skill.id()),
                                skill.names(),
                                variants(skill.localizedGroup()),
                                variants(skill.localizedSummary()),
                                skill.aliases().stream(),
                                skill.localizedTags().stream().flatMap(CatalogSearch::variants))
                        .flatMap(s -> s)
                        .toList());
    }

    private static Optional<Hit> cellHit(
            Catalog catalog, Skill skill, Expectation cell, SearchTerms terms, String locale) {
        String matched = cell.content().in(locale).text();
        String matchedLocale = null; // the reader's text's, worked out only for a hit
        int score = terms.score(matched);
        if (score == 0 && !cell.content().translations().isEmpty()) {
            for (Map.Entry<String, String> variant : cell.content().variants().entrySet()) {
                int variantScore = variant.getValue().equals(matched) ? 0 : terms.score(variant.getValue());
                if (variantScore > 0) {
                    score = variantScore;
                    matched = variant.getValue();
                    matchedLocale = variant.getKey();
                    break;
                }
            }
        }
        if (score == 0) {
            return Optional.empty();
        }
        if (matchedLocale == null) {
            matchedLocale = localeOf(cell.content(), locale);
        }
        Level level = catalog.level(cell.levelId()).orElseThrow();
        return Optional.of(new Hit(skill, level, cell.roleId(), snippet(matched, terms.first()), matchedLocale, score));
    }

    /** A cell listed by a filter alone: its text in the reader's language, cut as a snippet of no word. */
    private static Hit everyCell(Catalog catalog, Skill skill, Expectation cell, String locale) {
        Level level = catalog.level(cell.levelId()).orElseThrow();
        String text = cell.content().in(locale).text();
        return new Hit(skill, level, cell.roleId(), snippet(text, ""), localeOf(cell.content(), locale), 1);
    }

    /** The language {@code text} is shown in for a reader of {@code locale}. */
    private static String localeOf(Localized text, String locale) {
        return text.in(locale).fellBack() || locale == null ? text.defaultLocale() : locale;
    }

    private static Stream<String> variants(Localized text) {
        return text.translations().isEmpty() ? Stream.of(text.text()) : text.variants().values().stream();
    }

    private static boolean inWord(char c) {
        return !Character.isWhitespace(c) && !SearchTerms.isCjk(c);
    }

    /**
     * The text around the first place {@code word} (lower case) is in, widened to whole words and whole characters
     * as a reader sees them (an accent stays on its letter, an ideographic variation selector on its ideograph),
     * "…" where it was cut; the static site's {@code search.js} cuts the same.
     */
    public static String snippet(String text, String word) {
        int at = text.toLowerCase(Locale.ROOT).indexOf(word);
        if (at < 0 || text.length() <= 2 * SNIPPET_RADIUS) {
            return text;
        }
        int from = Math.max(0, at - SNIPPET_RADIUS);
        int to = Math.min(text.length(), at + word.length() + SNIPPET_RADIUS);
        // Widen to whole words; Chinese has no spaces, so a cut between two of its characters is as good as any.
        while (from > 0 && inWord(text.charAt(from - 1)) && !SearchTerms.isCjk(text.charAt(from))) {
            from--;
        }
        while (to < text.length() && inWord(text.charAt(to)) && !SearchTerms.isCjk(text.charAt(to - 1))) {
            to++;
        }
        from = TextCut.start(text, from);
        to = TextCut.wholeEnd(text, to);
        return (from > 0 ? "…" : "") + text.substring(from, to).strip() + (to < text.length() ? "…" : "");
    }
}
