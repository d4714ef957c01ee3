package dev.skillbot.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Any list of strings the snapshot writes reads back equal, in whichever form each was written. */
class OutcomeBytesPropertyTest {

    private static final String[] CONSTANTS = {"en", "zh-CN", "senior"};

    @Property(tries = 2000)
    void everyStringReadsBackAsWritten(@ForAll("texts") List<String> texts) {
        OutcomeBytesWriter out =
                new OutcomeBytesWriter("canary-releases.yml", OutcomeBytesWriter.indexes(List.of(CONSTANTS)));
        out.strings(texts);
        byte[] bytes = out.toByteArray();

        OutcomeBytesReader in = new OutcomeBytesReader(bytes, bytes.length, "canary-releases.yml", CONSTANTS);

        assertThat(in.strings()).isEqualTo(texts);
    }

    @Test
    void aChineseTextCutShortIsABrokenEntryNotAShorterText() {
        OutcomeBytesWriter out = new OutcomeBytesWriter("f.yml", Map.of());
        out.string("资深 sre 按固定节奏规划发布列车。");
        byte[] bytes = out.toByteArray();

        OutcomeBytesReader in = new OutcomeBytesReader(bytes, bytes.length - 1, "f.yml", new String[0]);

        assertThatThrownBy(in::string).isInstanceOf(IllegalArgumentException.class);
    }

    @Provide
    Arbitrary<List<String>> texts() {
        Arbitrary<String> text = Arbitraries.oneOf(
                Arbitraries.strings().ascii().ofMaxLength(300),
                Arbitraries.strings().withCharRange('\u0000', '\u00ff').ofMaxLength(50),
                Arbitraries.strings().withCharRange('\u4e00', '\u9fff').ofMaxLength(300),
                Arbitraries.strings().all().ofMaxLength(80),
                Arbitraries.of("资深 sre 按固定节奏规划发布列车。", "Flagger 😀 canaries", "\ud83d", "", "en", "canary-releases.yml"),
                Arbitraries.of(CONSTANTS));
        return text.list().ofMaxSize(12);
    }
}
