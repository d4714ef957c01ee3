package dev.skillbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.testing.FixtureCatalog;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * What a reader typed cannot turn the page's own words around: a query or unknown level echoed in
 * a sentence ("Nothing in the catalog mentions “…”. Try fewer or shorter words.") leaves no direction
 * override or embedding open after it ({@code /search?q=%E2%80%AE} showed the rest of the sentence
 * mirrored), and every isolate it holds is closed within it.
 */
class EchoDirectionPropertyTest {

    private static final Catalog CATALOG = FixtureCatalog.load();
    private static final List<String> PIECES = List.of(
            "\u202E", "\u202D", "\u202B", "\u202A", "\u202C", "\u2066", "\u2067", "\u2068", "\u2069", "abc", "עברית",
            "عربي", "中文", " ", "<b>");

    @Property(tries = 200)
    void echoedTextLeavesTheDirectionOfThePageAsItWas(@ForAll("typed") String typed) {
        Pages pages = new Pages(CATALOG);
        Document search = Jsoup.parse(pages.search(typed, "en"));
        Document skill = Jsoup.parse(pages.skill(FixtureCatalog.CANARY_RELEASES, "en", typed, typed, null, null));

        List<String> sentences =
                new ArrayList<>(List.of(search.selectFirst("h1").text()));
        sentences.addAll(search.select(".summary").eachText());
        sentences.addAll(skill.select(".notice").eachText());
        for (String sentence : sentences) {
            assertThat(sentence).as(sentence).doesNotContainPattern("[\u202A-\u202E]");
            int open = 0;
            for (char c : sentence.toCharArray()) {
                open += c >= '\u2066' && c <= '\u2068' ? 1 : c == '\u2069' ? -1 : 0;
                assertThat(open).as("isolates in %s", sentence).isNotNegative();
            }
            assertThat(open).as("isolates left open in %s", sentence).isZero();
        }
    }

    @Property(tries = 50)
    void rightToLeftTextIsIsolatedAndOtherTextLeftAsTyped(@ForAll("typed") String typed) {
        String echoed = Echo.of(typed);
        String letters = typed.replaceAll("[\u202A-\u202E\u2066-\u2069]", "");
        assertThat(echoed).isIn(letters, "\u2068" + letters + "\u2069");
        assertThat(echoed.startsWith("\u2068")).isEqualTo(letters.matches("(?s).*[\u0590-\u06FF].*"));
    }

    @Provide
    Arbitrary<String> typed() {
        return Arbitraries.of(PIECES)
                .list()
                .ofMinSize(1)
                .ofMaxSize(8)
                .map(pieces -> String.join("", pieces))
                .filter(text -> !text.isBlank());
    }
}
