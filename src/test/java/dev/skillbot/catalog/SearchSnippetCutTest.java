package dev.skillbot.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.card.TextCut;
import dev.skillbot.testing.SnippetTexts;
import org.junit.jupiter.api.Test;

/**
 * A search snippet is cut between characters as a reader sees them: the cut beside a Chinese character (where no
 * space is needed) parted it from an accent or an ideographic variation selector on it, and a Korean syllable
 * written as jamo into its letters.
 */
class SearchSnippetCutTest {

    @Test
    void aSnippetIsCutBesideAChineseLetter() {
        assertThat(SnippetTexts.all().stream().map(text -> CatalogSearch.snippet(text, "kafka")))
                .filteredOn(snippet -> snippet.startsWith("…"))
                .hasSizeGreaterThan(10);
    }

    @Test
    void aSnippetStartsAndEndsWithWholeCharacters() {
        for (String text : SnippetTexts.all()) {
            String snippet = CatalogSearch.snippet(text, "kafka");
            String core = snippet.substring(
                    snippet.startsWith("…") ? 1 : 0, snippet.length() - (snippet.endsWith("…") ? 1 : 0));
            int from = text.indexOf(core);
            assertThat(from).as(snippet).isNotNegative();
            assertThat(TextCut.start(text, from)).as(snippet).isEqualTo(from);
            assertThat(TextCut.wholeEnd(text, from + core.length())).as(snippet).isEqualTo(from + core.length());
        }
    }
}
