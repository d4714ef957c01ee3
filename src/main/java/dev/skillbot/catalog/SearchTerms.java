package dev.skillbot.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A search query split into what a text must contain. Latin words are matched as they are. Chinese,
 * Japanese and Korean have no spaces between words, so a run of those characters is cut into
 * overlapping bigrams ({@code 基础设施} → {@code 基础 础设 设施}), and a text matches the run when it
 * holds most of them: {@code 基础设施部署} still finds "基础设施与部署", which a whole-run substring
 * test would miss.
 */
final class SearchTerms {

    /** The share of a run's bigrams a text must hold. */
    private static final double BIGRAMS_NEEDED = 0.75;

    /** The fewest letters and digits a word other than a CJK run needs to be searched for. */
    private static final int SHORTEST_WORD = 2;

    /** One required part of the query: a word, or the bigrams of one CJK run. */
    private record Term(List<String> grams, int needed) {}

    private final List<Term> terms;
    private final String first;

    private SearchTerms(List<Term> terms) {
        this.terms = terms;
        this.first = terms.isEmpty() ? "" : terms.get(0).grams().get(0);
    }

    static SearchTerms of(String query) {
        return of(Keys.words(query));
    }

    /**
     * Whether the query has words but all of them are too short to search for: one letter or digit is in most
     * texts ({@code a}, the "b" of {@code </b>}), while one Chinese character is a word ({@code 运}, {@code 高}).
     */
    static boolean tooShort(String query) {
        List<String> words = Keys.words(query);
        return !words.isEmpty() && of(words).isEmpty();
    }

    private static SearchTerms of(List<String> words) {
        List<Term> terms = new ArrayList<>();
        for (String word : words) {
            StringBuilder run = new StringBuilder();
            boolean cjk = false;
            for (int i = 0; i < word.length(); ) {
                int cp = word.codePointAt(i);
                if (run.length() > 0 && isCjk(cp) != cjk) {
                    add(terms, run.toString(), cjk);
                    run.setLength(0);
                }
                cjk = isCjk(cp);
                run.appendCodePoint(cp);
                i += Character.charCount(cp);
            }
            if (run.length() > 0) {
                add(terms, run.toString(), cjk);
            }
        }
        return new SearchTerms(terms);
    }

    private static void add(List<Term> terms, String run, boolean cjk) {
        if (cjk || run.codePointCount(0, run.length()) >= SHORTEST_WORD) {
            terms.add(term(run, cjk));
        }
    }

    private static Term term(String run, boolean cjk) {
        if (!cjk || run.codePointCount(0, run.length()) <= 2) {
            return new Term(List.of(run), 1);
        }
        List<String> bigrams = new ArrayList<>();
        int[] points = run.codePoints().toArray();
        for (int i = 0; i + 1 < points.length; i++) {
            bigrams.add(new String(points, i, 2));
        }
        return new Term(bigrams, (int) Math.ceil(bigrams.size() * BIGRAMS_NEEDED));
    }

    static boolean isCjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HANGUL;
    }

    boolean isEmpty() {
        return terms.isEmpty();
    }

    /** What a snippet centres on: the query's first word or bigram. */
    String first() {
        return first;
    }

    /** Occurrences of every term's words or bigrams, or 0 when a term is not met. */
    int score(String text) {
        String haystack = text.toLowerCase(Locale.ROOT);
        int total = 0;
        for (Term term : terms) {
            int found = 0;
            for (String gram : term.grams()) {
                int count = count(haystack, gram);
                found += count > 0 ? 1 : 0;
                total += count;
            }
            if (found < term.needed()) {
                return 0;
            }
        }
        return total;
    }

    private static int count(String haystack, String gram) {
        int count = 0;
        for (int at = haystack.indexOf(gram); at >= 0; at = haystack.indexOf(gram, at + gram.length())) {
            count++;
        }
        return count;
    }
}
