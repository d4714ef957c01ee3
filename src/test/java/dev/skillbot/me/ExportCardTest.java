package dev.skillbot.me;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.card.Section;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A long export is split over sections that each fit once escaped, and nothing is lost or repeated. */
class ExportCardTest {

    @Test
    void aLongExportIsSplitAtLineEndsWithinTheLimitAndLosesNothing() {
        StringBuilder text = new StringBuilder("{\n");
        for (int i = 0; i < 300; i++) {
            text.append("  \"comment\": \"R&D <ok> number ").append(i).append("\",\n");
        }
        text.append("  \"long\": \"")
                .append("&".repeat(700))
                .append("😀".repeat(2000))
                .append("\"\n}");

        List<Section> sections = ExportCard.sections(text.toString());

        List<String> texts = sections.stream().map(Section::text).toList();
        assertThat(texts).hasSizeGreaterThan(3);
        assertThat(texts)
                .allSatisfy(part -> assertThat(part.replace("&", "&amp;")
                                .replace("<", "&lt;")
                                .replace(">", "&gt;")
                                .length())
                        .isLessThanOrEqualTo(ExportCard.SECTION_MAX));
        assertThat(texts).allSatisfy(part -> assertThat(part).doesNotStartWith("\uDE00"));
        assertThat(String.join("", texts).replace("\n", ""))
                .isEqualTo(text.toString().replace("\n", ""));
    }

    @Test
    void aShortExportIsOneSection() {
        assertThat(ExportCard.sections("{\n  \"a\": 1\n}")).containsExactly(Section.of("", null, "{\n  \"a\": 1\n}"));
    }
}
