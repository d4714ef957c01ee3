package dev.skillbot.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeysTest {

    @Test
    void caseWidthAndPunctuationNeverMatter() {
        assertThat(Keys.compact("Git-Ops ")).isEqualTo("gitops");
        assertThat(Keys.compact("ＧｉｔＯｐｓ")).as("full-width letters").isEqualTo("gitops");
        assertThat(Keys.compact("K8s: Ops!")).isEqualTo("k8sops");
        assertThat(Keys.compact("高级 SRE")).isEqualTo("高级sre");
        assertThat(Keys.compact("")).isEmpty();
    }

    @Test
    void theAsciiShortcutGivesTheSameKeyAsUnicodeNormalisation() {
        Random random = new Random(11);
        for (int run = 0; run < 10_000; run++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                text.append((char) random.nextInt(0x80));
            }
            assertThat(Keys.compact(text.toString())).as("%s", text).isEqualTo(normalised(text.toString()));
        }
    }

    /** The general path, spelled out: NFKC, lower case, letters and digits. */
    private static String normalised(String text) {
        StringBuilder key = new StringBuilder();
        Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .codePoints()
                .filter(Character::isLetterOrDigit)
                .forEach(key::appendCodePoint);
        return key.toString();
    }
}
