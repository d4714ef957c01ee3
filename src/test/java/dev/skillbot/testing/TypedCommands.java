package dev.skillbot.testing;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * What people type after {@code /skill} for property tests, against the fixture catalog: up to six
 * tokens of skill words (and typos), levels, roles, command words, the platform's own hostile
 * syntax, markup, other scripts, random text and one very long word.
 */
public final class TypedCommands {

    private TypedCommands() {}

    public static Arbitrary<String> with(List<String> hostile) {
        Arbitrary<String> token = Arbitraries.oneOf(
                Arbitraries.of(
                        "canary",
                        "canary-releases",
                        "Canary Releases",
                        "release",
                        "trains",
                        "load",
                        "testing",
                        "canray"),
                Arbitraries.of("junior", "middle", "senior", "lead", "principal", "sre", "devops", "platform"),
                Arbitraries.of("search", "list", "help", "compare", "about", "..", "vs", "me", "?", "all"),
                Arbitraries.of(
                        "suggest", "edit", "digest", "proposals", "next", "subscribe", "forget", "share", "lang"),
                Arbitraries.of(hostile),
                Arbitraries.of("&", "&amp;", "*bold*", "`x`", "\n", "高级", "😀", "[link](https://evil.example)"),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(40),
                Arbitraries.strings().withCharRange('a', 'z').ofLength(300));
        return token.list().ofMaxSize(6).map(tokens -> String.join(" ", tokens));
    }
}
