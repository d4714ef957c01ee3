package dev.skillbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Whatever a user typed and whatever the limit, the text Slack receives fits the limit, shows a
 * marker when it was cut, holds only whole entities and whole characters, and says nothing the user
 * did not type.
 */
class SlackTextPropertyTest {

    @Property(tries = 3000)
    void fittedTextIsAWholePrefixOfTheEscapedText(
            @ForAll("typed") String raw,
            @ForAll @IntRange(min = 1, max = 40) int max,
            @ForAll("markers") String marker) {
        String escaped = SlackText.escape(raw);
        String fitted = SlackText.fit(raw, max, marker);

        assertThat(fitted.length()).isLessThanOrEqualTo(max);
        if (escaped.length() <= max) {
            assertThat(fitted).isEqualTo(escaped);
            return;
        }
        if (marker.length() >= max) {
            assertThat(marker).startsWith(fitted);
            return;
        }
        assertThat(fitted).endsWith(marker);
        String body = fitted.substring(0, fitted.length() - marker.length());
        assertThat(escaped).startsWith(body);
        assertThat(raw).startsWith(unescape(body));
        if (!body.isEmpty()) {
            assertThat(Character.isHighSurrogate(body.charAt(body.length() - 1)))
                    .as("ends inside a surrogate pair: " + body)
                    .isFalse();
        }
    }

    @Provide
    Arbitrary<String> typed() {
        Arbitrary<String> pieces = Arbitraries.of("&", "<", ">", "a", "b", " ", "😀", "é", "<!channel>", "&amp;", ";");
        return pieces.list().ofMaxSize(30).map(list -> String.join("", list));
    }

    @Provide
    Arbitrary<String> markers() {
        return Arbitraries.of(SlackText.ELLIPSIS, " (more)");
    }

    /** Reads the escaped text back, failing on any {@code &} that does not start a whole entity. */
    private static String unescape(String escaped) {
        StringBuilder raw = new StringBuilder();
        for (int i = 0; i < escaped.length(); i++) {
            if (escaped.charAt(i) != '&') {
                raw.append(escaped.charAt(i));
            } else if (escaped.startsWith("&amp;", i)) {
                raw.append('&');
                i += 4;
            } else if (escaped.startsWith("&lt;", i)) {
                raw.append('<');
                i += 3;
            } else if (escaped.startsWith("&gt;", i)) {
                raw.append('>');
                i += 3;
            } else {
                throw new AssertionError("a cut entity at " + i + " in " + escaped);
            }
        }
        return raw.toString();
    }
}
