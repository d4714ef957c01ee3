package dev.skillbot.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.chat.Platform;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reader's own choice, then the platform's locale, then the workspace default; always a supported locale. */
class ReaderLanguageTest {

    private final ReaderLanguage nobodyChose = new ReaderLanguage(LanguagePreferences.NONE);

    @ParameterizedTest
    @CsvSource(
            nullValues = "null",
            value = {
                "en-US, en",
                "en-GB, en",
                "en, en",
                "zh-CN, zh-CN",
                "zh_CN, zh-CN",
                "zh-Hans, zh-CN",
                "zh, zh-CN",
                "zh-cmn-Hans-CN, zh-CN",
                "cmn-Hans-CN, zh-CN",
                "zh-Hans-CN, zh-CN",
                "zh-hans-cn, zh-CN",
                "ZH-SG, zh-CN",
                "en-us, en",
                "fr, null",
                "ja-JP, null",
                "unknown, null",
                "'', null",
                "null, null"
            })
    void platformTagsMapToTheSupportedSet(String tag, String expected) {
        assertThat(ReaderLanguage.supported(tag)).isEqualTo(Optional.ofNullable(expected));
    }

    /**
     * Accept-Language lists, as browsers send them: RFC 4647 lookup in the order of the weights, a refused
     * ({@code q=0}) language never chosen, a list that names neither language (or is malformed) none.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "zh-cmn-Hans-CN,en;q=0.5 | zh-CN",
                "fr-FR, zh-hans;q=0.9, en;q=0.8 | zh-CN",
                "de, zh-SG;q=0.8, en;q=0.9 | en",
                "en;q=0.1, zh-Hans-CN;q=0.7 | zh-CN",
                "zh;q=0, en | en",
                "zh-CN;q=0, fr | null",
                "fr-FR, de;q=0.8 | null",
                "* | null",
                "not a ;;; language | null"
            })
    void acceptLanguageListsAreLookedUpByWeight(String list, String expected) {
        assertThat(ReaderLanguage.negotiate(list)).isEqualTo(Optional.ofNullable(expected));
    }

    /** Tags are remembered with what they mean, a bounded few: any number of others is still read, and alike every time. */
    @Test
    void everyTagIsReadAlikeBeyondTheRememberedOnes() {
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 200; i++) {
                assertThat(ReaderLanguage.supported("en-x-" + i)).contains("en");
                assertThat(ReaderLanguage.supported("zh-x-" + i)).contains("zh-CN");
                assertThat(ReaderLanguage.supported("tlh-x-" + i)).isEmpty();
            }
        }
        assertThat(ReaderLanguage.supported(" ")).isEmpty();
    }

    @Test
    void anUnsupportedPlatformLocaleGetsTheWorkspaceDefault() {
        assertThat(nobodyChose.of(Platform.SLACK, "T1", "U1", () -> "fr-FR", "zh-CN"))
                .isEqualTo("zh-CN");
        assertThat(nobodyChose.of(Platform.SLACK, "T1", "U1", () -> null, "zh-CN"))
                .isEqualTo("zh-CN");
        assertThat(nobodyChose.of(Platform.SLACK, "T1", "U1", () -> "fr-FR", "de"))
                .isEqualTo("en");
        assertThat(nobodyChose.of(Platform.SLACK, "T1", "U1", () -> "en-US", "zh-CN"))
                .isEqualTo("en");
    }

    @Test
    void theReadersChoiceComesFirstAndSparesThePlatformLookup() {
        AtomicInteger asked = new AtomicInteger();
        ReaderLanguage language = new ReaderLanguage(
                (platform, workspace, user) -> user.equals("U1") ? Optional.of("zh-CN") : Optional.empty());

        assertThat(language.of(Platform.DISCORD, "G1", "U1", () -> "en-US" + asked.incrementAndGet(), "en"))
                .isEqualTo("zh-CN");
        assertThat(asked).hasValue(0);
        assertThat(language.of(Platform.DISCORD, "G1", "U2", () -> "en-US", "zh-CN"))
                .isEqualTo("en");
    }

    @Test
    void failingOrUnsupportedPreferencesFallBackToThePlatform() {
        ReaderLanguage failing = new ReaderLanguage((platform, workspace, user) -> {
            throw new IllegalStateException("database down");
        });
        ReaderLanguage klingon = new ReaderLanguage((platform, workspace, user) -> Optional.of("tlh"));

        assertThat(failing.of(Platform.SLACK, "T1", "U1", () -> "zh-CN", "en")).isEqualTo("zh-CN");
        assertThat(klingon.of(Platform.SLACK, "T1", "U1", () -> "zh-CN", "en")).isEqualTo("zh-CN");
    }
}
