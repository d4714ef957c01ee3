package dev.skillbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.card.Card;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.digest.DigestComposer;
import dev.skillbot.digest.DigestInputs;
import dev.skillbot.i18n.Messages;
import dev.skillbot.testing.DigestWeeks;
import dev.skillbot.testing.FixtureCatalog;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** However busy the week, in either language, the digest Slack posts fits Block Kit and pings nobody. */
class SlackDigestPropertyTest {

    private static final Catalog CATALOG = FixtureCatalog.load();

    @Property(tries = 300)
    void anyWeeksDigestFitsBlockKitAndPingsNobody(
            @ForAll("weeks") DigestInputs week, @ForAll("locales") String locale) {
        Messages messages = Messages.forLocale(locale);
        Card card = new DigestComposer().compose(week, CATALOG, messages);

        String json = new SlackCardRenderer(messages).json(card);

        assertThat(BlockKitLimits.violations(SlackMessageJson.parse(json).node()))
                .isEmpty();
        assertThat(json)
                .doesNotContain("<!channel>")
                .doesNotContain("<!everyone>")
                .doesNotContain("<!here>");
    }

    /** The approvals not written are aged as the open suggestions are, in both languages. */
    @Example
    void approvalsNotWrittenSayHowLongTheOldestHasWaited() {
        DigestInputs week = DigestWeeks.notWrittenOnly(3, 12);
        String english = posted(week, "en");
        String chinese = posted(week, "zh-CN");

        assertThat(english).contains("3 approved edits could not be written to the catalog, the oldest 12 days old");
        assertThat(chinese).contains("3 条已批准的修改未能写入目录，最早的一条 已等待 12 天");
    }

    /** The message Slack gets, as it reads it (the JSON escapes every letter past ASCII). */
    private static String posted(DigestInputs week, String locale) {
        Messages messages = Messages.forLocale(locale);
        String json = new SlackCardRenderer(messages).json(new DigestComposer().compose(week, CATALOG, messages));
        return SlackMessageJson.parse(json).node().toString();
    }

    @Provide
    Arbitrary<DigestInputs> weeks() {
        return DigestWeeks.any();
    }

    @Provide
    Arbitrary<String> locales() {
        return Arbitraries.of(Messages.SUPPORTED);
    }
}
