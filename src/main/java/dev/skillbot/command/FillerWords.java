package dev.skillbot.command;

import dev.skillbot.catalog.Keys;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Words people type around a lookup that ask for nothing themselves: {@code what is gitops}, {@code gitops for sre},
 * {@code gitops from junior to senior}, {@code gitops senior level}, {@code gitops 高级 到 资深}. A lookup whose only
 * words besides a skill's name, levels and roles are these is that lookup; any other word is still said to be
 * understood as nothing ({@link ExtraWords}). English and Chinese alike, whatever the reader's language, as either
 * may be typed.
 */
final class FillerWords {

    private static final Set<String> WORDS = Set.of(
            "a",
            "an",
            "the",
            "for",
            "at",
            "in",
            "on",
            "of",
            "to",
            "from",
            "as",
            "and",
            "with",
            "is",
            "are",
            "what",
            "whats",
            "show",
            "tell",
            "me",
            "about",
            "please",
            "pls",
            "level",
            "role",
            "skill",
            "expectations",
            "的",
            "到",
            "从",
            "和",
            "与",
            "在",
            "级",
            "级别",
            "角色",
            "技能",
            "是什么",
            "什么是",
            "什么",
            "显示",
            "查看",
            "看看",
            "请",
            "要求");

    private FillerWords() {}

    /** {@code words} (space-separated, as typed) without the filler words among them; empty when all were. */
    static String without(String words) {
        return Arrays.stream(CommandParser.SPACES.split(words.strip()))
                .filter(word -> !is(word))
                .collect(Collectors.joining(" "));
    }

    /** Every such word, as a key: for the static site's search, which reads names as the chat does. */
    static Set<String> all() {
        return WORDS;
    }

    /** Whether one word, as typed, asks for nothing. */
    static boolean is(String word) {
        return WORDS.contains(Keys.compact(word));
    }
}
