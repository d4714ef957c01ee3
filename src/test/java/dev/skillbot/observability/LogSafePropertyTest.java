package dev.skillbot.observability;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever a stranger sends, its logged form is one line of bounded length, keeps whole characters,
 * and reads back as the start of what was sent: nothing can be made to look like another log line.
 */
class LogSafePropertyTest {

    @Property(tries = 3000)
    void anyTextIsOneBoundedLineThatReadsBackAsItsStart(@ForAll("sent") String sent) {
        String logged = LogSafe.escape(sent);

        assertThat(logged.chars()).noneMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029');
        int cut = logged.lastIndexOf("…(");
        String kept = cut >= 0 && logged.endsWith(" more)") ? logged.substring(0, cut) : logged;
        assertThat(kept.length()).isLessThanOrEqualTo(LogSafe.MAX_LENGTH + "\\u0000".length());
        assertThat(sent).startsWith(unescape(kept));
        for (int i = 0; i < logged.length(); i++) {
            char c = logged.charAt(i);
            boolean paired = Character.isHighSurrogate(c)
                    ? i + 1 < logged.length() && Character.isLowSurrogate(logged.charAt(i + 1))
                    : !Character.isLowSurrogate(c) || (i > 0 && Character.isHighSurrogate(logged.charAt(i - 1)));
            assertThat(paired).as("half a character at " + i + " of " + logged).isTrue();
        }
    }

    @Provide
    Arbitrary<String> sent() {
        Arbitrary<String> pieces = Arbitraries.of(
                "a",
                " ",
                "\n",
                "\r\n",
                "\t",
                "\\",
                "\\n",
                "\u0000",
                "\u001b[31m",
                "\u0085",
                "\u2028",
                "😀",
                "高",
                "x".repeat(37));
        return pieces.list().ofMaxSize(40).map(list -> String.join("", list));
    }

    private static String unescape(String logged) {
        StringBuilder sent = new StringBuilder();
        for (int i = 0; i < logged.length(); i++) {
            char c = logged.charAt(i);
            if (c != '\\') {
                sent.append(c);
                continue;
            }
            char next = logged.charAt(++i);
            switch (next) {
                case 'n' -> sent.append('\n');
                case 'r' -> sent.append('\r');
                case 't' -> sent.append('\t');
                case '\\' -> sent.append('\\');
                case 'u' -> {
                    sent.append((char) Integer.parseInt(logged.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> throw new AssertionError("unknown escape \\" + next + " in " + logged);
            }
        }
        return sent.toString();
    }
}
