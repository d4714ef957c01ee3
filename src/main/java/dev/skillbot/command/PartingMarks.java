package dev.skillbot.command;

import dev.skillbot.catalog.Catalog;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Marks typed between a lookup's words in place of a space, which left a level or role in one word with the skill's
 * name (a miss, or the level silently lost): Chinese and full-width punctuation and the curly quotes, as a Chinese
 * input method types them ({@code gitops（高级）}, {@code gitops，高级}, {@code gitops「高级」}); the ASCII punctuation no
 * name holds between its letters ({@code gitops,senior}, {@code gitops(senior)}, {@code gitops:senior}, {@code
 * gitops;senior}); and the invisible zero-width characters a client may leave where a space was ({@code
 * gitops\u200Bsenior}). One rule for them all: a word is parted at such marks unless it is, alone or with the words
 * typed around it, a skill's, level's or role's name, compared as every name is, without its punctuation. A name's words hold a hyphen, a slash or
 * an ampersand ({@code git-ops}, {@code CI/CD}, {@code DevOps & CI/CD}), other catalogs a dot, a plus, a hash or an
 * apostrophe ({@code Node.js}, {@code C++}, {@code C#}): those are no parting marks. A zero-width character is dropped
 * from the words kept, so it neither parts a name ({@code git\u200Bops}) nor joins two words. A link ({@code
 * https://…}) and a platform's markup ({@code <!here>}) stay whole. A control character parts words as a zero-width
 * one does, and an emoji typed as its code ({@code :rocket:}) is read past as the emoji itself is. Only a lookup's words: a comment, a search or a digest's scope keep the text as typed.
 */
public final class PartingMarks {

    private static final String ASCII_MARKS = ",;:()[]{}!?\"`*_~";
    /** An emoji as Slack and Discord send it typed: {@code :rocket:}, {@code :+1::skin-tone-2:}. */
    private static final Pattern EMOJI_CODE = Pattern.compile("(:[a-z0-9_+'-]+:)+");

    private PartingMarks() {}

    /** The words, each parted at its marks unless it is (in) a name; also for {@code me}'s and {@code next}'s roles and levels. */
    public static List<String> apart(List<String> words, Catalog catalog) {
        if (words.stream().noneMatch(PartingMarks::holdsAMark)) {
            return words;
        }
        List<String> read = new ArrayList<>(words.size() + 2);
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (!holdsAMark(word)) {
                read.add(word);
            } else if (EMOJI_CODE.matcher(word).matches() && !inAName(words, i, catalog)) {
                continue; // ":rocket:" as Slack sends an emoji, read past as 🚀 is (no letter or digit of a name)
            } else if (isMarkup(word) || inAName(words, i, catalog)) {
                add(new StringBuilder(withoutZeroWidth(word)), read);
            } else {
                StringBuilder part = new StringBuilder();
                word.codePoints().forEach(c -> {
                    if (isMark(c)) {
                        add(part, read);
                    } else {
                        part.appendCodePoint(c);
                    }
                });
                add(part, read);
            }
        }
        return read;
    }

    /** A link, or a platform's mention or link markup ({@code <!channel>}, {@code <#C1|general>}): not the user's words. */
    private static boolean isMarkup(String word) {
        return word.startsWith("<") || word.contains("://");
    }

    /**
     * Whether the word at {@code at} is, alone or with the words typed around it, a skill's, level's or role's name
     * ({@code tier(1)} in {@code tier(1) support}, were that a name, whose {@code 1} would otherwise be a level).
     */
    private static boolean inAName(List<String> words, int at, Catalog catalog) {
        for (int start = Math.max(0, at - NamedRuns.LONGEST + 1); start <= at; start++) {
            for (int end = at + 1; end <= Math.min(words.size(), start + NamedRuns.LONGEST); end++) {
                String run = String.join(" ", words.subList(start, end));
                if (catalog.matcher().exact(run).isPresent()
                        || catalog.levelByAlias(run).isPresent()
                        || catalog.roleByAlias(run).isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The word without the zero-width characters at its ends, which part nothing there: {@code me\u200B share} is
     * {@code me share} for every command. Those inside a word are left to a lookup's rule.
     */
    static String trimmed(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && isZeroWidth(word.charAt(start))) {
            start++;
        }
        while (end > start && isZeroWidth(word.charAt(end - 1))) {
            end--;
        }
        return word.substring(start, end);
    }

    private static String withoutZeroWidth(String text) {
        if (text.codePoints().noneMatch(PartingMarks::isZeroWidth)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> !isZeroWidth(c)).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static void add(StringBuilder part, List<String> read) {
        if (!part.isEmpty()) {
            read.add(part.toString());
            part.setLength(0);
        }
    }

    private static boolean holdsAMark(String word) {
        return word.codePoints().anyMatch(PartingMarks::isMark);
    }

    private static boolean isMark(int c) {
        // a control character (a pasted SOH, a C1 control) shows as nothing, as a zero-width character does
        return Character.isISOControl(c) || (c < 0x80 ? ASCII_MARKS.indexOf(c) >= 0 : isZeroWidth(c) || isWideMark(c));
    }

    /** ZERO WIDTH SPACE, NON-JOINER, JOINER, WORD JOINER and the BOM (ZERO WIDTH NO-BREAK SPACE). */
    private static boolean isZeroWidth(int c) {
        return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF;
    }

    private static boolean isWideMark(int c) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        boolean wide = block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.VERTICAL_FORMS
                || c >= 0x2018 && c <= 0x201F; // ‘ ’ “ ” as Chinese input methods type quotes
        return wide && isPunctuation(c);
    }

    private static boolean isPunctuation(int c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION,
                    Character.DASH_PUNCTUATION,
                    Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }
}
