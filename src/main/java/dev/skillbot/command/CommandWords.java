package dev.skillbot.command;

import dev.skillbot.i18n.MessageKey;
import dev.skillbot.i18n.Messages;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words that start a command ({@code help}, {@code search}, {@code 搜索} …), read from every
 * language's message bundle ({@code words.*}), so a user may type them in any language Skillbot
 * speaks, and a new language brings its words with its bundle.
 */
final class CommandWords {

    enum Verb {
        HELP,
        LIST,
        SEARCH,
        SUGGEST,
        ABOUT,
        DIGEST,
        PROPOSALS,
        ME,
        NEXT,
        FOLLOW,
        UNFOLLOW
    }

    private static final Map<Verb, MessageKey> KEYS = Map.ofEntries(
            Map.entry(Verb.FOLLOW, MessageKey.WORDS_FOLLOW),
            Map.entry(Verb.UNFOLLOW, MessageKey.WORDS_UNFOLLOW),
            Map.entry(Verb.HELP, MessageKey.WORDS_HELP),
            Map.entry(Verb.LIST, MessageKey.WORDS_LIST),
            Map.entry(Verb.SEARCH, MessageKey.WORDS_SEARCH),
            Map.entry(Verb.SUGGEST, MessageKey.WORDS_SUGGEST),
            Map.entry(Verb.ABOUT, MessageKey.WORDS_ABOUT),
            Map.entry(Verb.DIGEST, MessageKey.WORDS_DIGEST),
            Map.entry(Verb.PROPOSALS, MessageKey.WORDS_PROPOSALS),
            Map.entry(Verb.ME, MessageKey.WORDS_ME),
            Map.entry(Verb.NEXT, MessageKey.WORDS_NEXT));
    private static final Map<String, Verb> VERBS = read();
    /** The words of {@code me}'s own actions, which some type without {@code me}. */
    private static final Set<String> ME_ACTIONS = words(
            MessageKey.WORDS_FORGET,
            MessageKey.WORDS_EXPORT,
            MessageKey.WORDS_LANGUAGE,
            MessageKey.WORDS_SHARE,
            MessageKey.WORDS_COMMENT,
            MessageKey.WORDS_SHARES,
            MessageKey.WORDS_UNSHARE);

    private CommandWords() {}

    static Optional<Verb> verb(String word) {
        return Optional.ofNullable(VERBS.get(word.toLowerCase(Locale.ROOT)));
    }

    /** Whether {@code word} is one of {@code me}'s actions, such as {@code forget} or {@code 导出}. */
    static boolean isMeAction(String word) {
        return ME_ACTIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static Set<String> words(MessageKey... keys) {
        Set<String> words = new HashSet<>();
        for (String locale : Messages.SUPPORTED) {
            for (MessageKey key : keys) {
                for (String word : Messages.forLocale(locale).get(key).split(",")) {
                    if (!word.isBlank()) {
                        words.add(word.strip().toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return Set.copyOf(words);
    }

    private static Map<String, Verb> read() {
        Map<String, Verb> verbs = new HashMap<>();
        for (String locale : Messages.SUPPORTED) {
            Messages messages = Messages.forLocale(locale);
            KEYS.forEach((verb, key) -> {
                for (String word : messages.get(key).split(",")) {
                    if (!word.isBlank()) {
                        verbs.putIfAbsent(word.strip().toLowerCase(Locale.ROOT), verb);
                    }
                }
            });
        }
        return Map.copyOf(verbs);
    }
}
