package dev.skillbot.me;

import dev.skillbot.i18n.MessageKey;
import dev.skillbot.i18n.Messages;
import java.util.Arrays;
import java.util.Locale;

/** The words of {@code me}'s actions ({@code forget}, {@code 导出} …), from every language's bundle, as the command verbs are. */
final class Words {

    private Words() {}

    static boolean is(String word, MessageKey key) {
        String typed = word.toLowerCase(Locale.ROOT);
        return Messages.SUPPORTED.stream()
                .flatMap(locale ->
                        Arrays.stream(Messages.forLocale(locale).get(key).split(",")))
                .map(each -> each.strip().toLowerCase(Locale.ROOT))
                .anyMatch(typed::equals);
    }
}
