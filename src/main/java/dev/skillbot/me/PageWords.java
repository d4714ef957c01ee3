package dev.skillbot.me;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The words that ask for a page of a paged {@code me} answer (a checklist, {@code next …} or {@code me shared <id>}),
 * each as the page buttons write it: {@code p2}, also typed {@code P2}, {@code page 2}, {@code page2} or
 * {@code 第2页} (which the parser has parted into {@code 第 2 页}, Chinese meeting a digit).
 */
final class PageWords {

    private static final Pattern PAGE = Pattern.compile("p\\d{1,4}");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");
    private static final Pattern PAGE_AND_NUMBER = Pattern.compile("(?:page|p)(\\d{1,4})");

    private PageWords() {}

    /** Whether the word, as {@link #joined} leaves it, names a page: {@code p2} is the second. */
    static boolean isPage(String word) {
        return PAGE.matcher(word).matches();
    }

    /** The zero-based page a page word names. */
    static int page(String word) {
        return Math.max(0, Integer.parseInt(word.substring(1)) - 1);
    }

    /** The words with each way of asking for a page written {@code p<n>}; other words as they were. */
    static List<String> joined(List<String> words) {
        List<String> read = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i).toLowerCase(Locale.ROOT);
            var numbered = PAGE_AND_NUMBER.matcher(word);
            if (numbered.matches()) {
                read.add("p" + numbered.group(1));
            } else if (word.equals("page") && isNumber(words, i + 1)) {
                read.add("p" + words.get(++i));
            } else if (word.equals("第")
                    && isNumber(words, i + 1)
                    && i + 2 < words.size()
                    && words.get(i + 2).equals("页")) {
                read.add("p" + words.get(i + 1));
                i += 2;
            } else {
                read.add(words.get(i));
            }
        }
        return read;
    }

    private static boolean isNumber(List<String> words, int at) {
        return at < words.size() && NUMBER.matcher(words.get(at)).matches();
    }
}
