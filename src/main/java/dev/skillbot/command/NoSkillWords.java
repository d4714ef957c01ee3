package dev.skillbot.command;

import dev.skillbot.card.Mention;

/**
 * Words typed for a skill that cannot be one: mentions ({@code <!channel>}, {@code <@U123>}, {@code @here}, Discord's
 * {@code <@&123>} and {@code @everyone}), answered without being echoed, and markup ({@code <script>}, {@code </b>},
 * {@code &amp;}, also with its {@code ;} parted off as punctuation), links to elsewhere and marks with no letter or
 * digit, whose closest skills by spelling would be unrelated.
 */
final class NoSkillWords {

    enum Kind {
        /** Only mentions (with marks between them, if any). */
        MENTIONS,
        /** Only markup, links and marks. */
        MARKUP,
        /** Words a skill may be named by. */
        WORDS
    }

    private NoSkillWords() {}

    /** Whether the word (without the quotes or markdown it is pasted in) is a mention, which is never echoed. */
    static boolean isMention(String word) {
        return Mention.isTyped(CommandParser.unwrapped(word));
    }

    static Kind of(String query) {
        boolean mention = false;
        for (String word : CommandParser.SPACES.split(query.strip())) {
            String bare = CommandParser.unwrapped(word);
            if (isMention(bare)) {
                mention = true;
            } else if (!JunkWords.isMarkup(bare)
                    && !bare.contains("://") // a link, not to our own pages (OwnLinks): no skill
                    && bare.codePoints().anyMatch(Character::isLetterOrDigit)) {
                return Kind.WORDS;
            }
        }
        return mention ? Kind.MENTIONS : Kind.MARKUP;
    }
}
