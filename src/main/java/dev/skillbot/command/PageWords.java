package dev.skillbot.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that ask for a page of a paged {@code me} answer (a checklist, {@code next …} or {@code me shared <id>}),
 * each as the page buttons write it: {@code p2}, also typed {@code P2}, {@code page 2}, {@code page2} or
 * {@code 第2页} (which the parser has parted into {@code 第 2 页}, Chinese meeting a digit). A number of any length is
 * a page ({@code p99999}, which the answer says is past its last page), never a role or a level. A lookup has no
 * pages: it names a page word written out ({@link #spelledOut}) instead of reading its number as a level.
 */
public final class PageWords {

    private static final Pattern PAGE = Pattern.compile("p\\d+");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern PAGE_AND_NUMBER = Pattern.compile("(page|p)(\\d+)");
    /** Past the last page of any answer: a longer number reads as this page. */
    private static final int FAR_PAST = 1_000_000;

    private PageWords() {}

    /** Whether the word, as {@link #joined} leaves it, names a page: {@code p2} is the second. */
    public static boolean isPage(String word) {
        return PAGE.matcher(word).matches();
    }

    /** The zero-based page a page word names. */
    public static int page(String word) {
        String digits = word.substring(1).replaceFirst("^0+(?=\\d)", "");
        return digits.length() > 6 ? FAR_PAST : Math.max(0, Integer.parseInt(digits) - 1);
    }

    /** The words with each way of asking for a page written {@code p<n>}; other words as they were. */
    public static List<String> joined(List<String> words) {
        List<String> read = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            Asked asked = at(words, i);
            if (asked == null) {
                read.add(words.get(i));
            } else {
                read.add("p" + asked.number());
                i += asked.width() - 1;
            }
        }
        return read;
    }

    /**
     * The first page word written out ({@code page 2}, {@code page2}, {@code 第 2 页}) as typed ({@code 第2页} joined);
     * empty when there is none. {@code p75} is no page here: a lookup's word may be a percentile.
     */
    public static Optional<String> spelledOut(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            Asked asked = at(words, i);
            if (asked != null && asked.spelledOut()) {
                return Optional.of(String.join(asked.width() == 3 ? "" : " ", words.subList(i, i + asked.width())));
            }
        }
        return Optional.empty();
    }

    /** A page asked for by {@code width} words: {@code p2} or {@code page2} (1), {@code page 2} (2), {@code 第 2 页} (3). */
    private record Asked(int width, String number, boolean spelledOut) {}

    private static Asked at(List<String> words, int i) {
        String word = words.get(i).toLowerCase(Locale.ROOT);
        Matcher numbered = PAGE_AND_NUMBER.matcher(word);
        if (numbered.matches()) {
            return new Asked(1, numbered.group(2), numbered.group(1).equals("page"));
        }
        if (word.equals("page") && isNumber(words, i + 1)) {
            return new Asked(2, words.get(i + 1), true);
        }
        if (word.equals("第")
                && isNumber(words, i + 1)
                && i + 2 < words.size()
                && words.get(i + 2).equals("页")) {
            return new Asked(3, words.get(i + 1), true);
        }
        return null;
    }

    private static boolean isNumber(List<String> words, int at) {
        return at < words.size() && NUMBER.matcher(words.get(at)).matches();
    }
}
