package dev.skillbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.i18n.MessageKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The page labels: both languages define the same keys, every key the templates and page builders use exists, Chinese is Chinese. */
class WebLabelsTest {

    private static final Pattern USED =
            Pattern.compile("(?:t|page\\(\\)\\.t\\(\\)|p\\.page\\(\\)\\.t\\(\\))\\.get\\(\"([a-zA-Z.]+)\"");

    @Test
    void bothLanguagesDefineTheSameKeys() {
        assertThat(Labels.of("zh-CN").keys())
                .containsExactlyInAnyOrderElementsOf(Labels.of("en").keys());
    }

    @Test
    void everyKeyThePagesUseIsDefined() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Stream.concat(
                Files.walk(Path.of("src/main/jte")), Files.walk(Path.of("src/main/java/dev/skillbot/web")))) {
            for (Path source : sources.filter(Files::isRegularFile).toList()) {
                Matcher key = USED.matcher(Files.readString(source));
                while (key.find()) {
                    if (!key.group(1).endsWith(".")) { // a prefix completed at run time, such as proposals.status.OPEN
                        used.add(key.group(1));
                    }
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(30);
        assertThat(Labels.of("en").keys()).containsAll(used);
        assertThat(Labels.of("zh-CN").keys()).containsAll(used);
    }

    /** The search page and chat search offer the closest skills in the same words (zh-CN differed). */
    @Test
    void thePageAsksDidYouMeanInChatsWords() {
        for (String lang : List.of("en", "zh-CN")) {
            Labels t = Labels.of(lang);
            assertThat(t.get("search.didYouMean")).as(lang).isEqualTo(t.chat(MessageKey.DID_YOU_MEAN_PROMPT));
        }
    }

    @Test
    void chineseLabelsAreNotTheEnglishOnes() {
        Labels en = Labels.of("en");
        Labels zh = Labels.of("zh-CN");
        for (String key : en.keys()) {
            if (!key.equals("compare.title")) { // "{0} → {1}" has no words
                assertThat(zh.get(key)).as(key).isNotEqualTo(en.get(key)).doesNotContain(key);
            }
        }
    }
}
