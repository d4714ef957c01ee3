package dev.skillbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.card.Card;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.digest.DigestComposer;
import dev.skillbot.digest.DigestInputs;
import dev.skillbot.i18n.Messages;
import dev.skillbot.testing.DigestWeeks;
import dev.skillbot.testing.FixtureCatalog;
import net.dv8tion.jda.api.utils.data.DataObject;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** However busy the week, in either language, the digest Discord posts fits its limits and allows no mention. */
class DiscordDigestPropertyTest {

    private static final Catalog CATALOG = FixtureCatalog.load();
    private final DiscordCardRenderer renderer = new DiscordCardRenderer();

    @Property(tries = 300)
    void anyWeeksDigestFitsDiscordAndPingsNobody(@ForAll("weeks") DigestInputs week, @ForAll("locales") String locale) {
        Card card = new DigestComposer().compose(week, CATALOG, Messages.forLocale(locale));

        DataObject message = renderer.create(card, locale).toData();

        assertThat(DiscordMessageLimits.violations(message)).isEmpty();
        assertThat(message.getObject("allowed_mentions").getArray("parse").length())
                .isZero();
    }

    /** The approvals not written are aged as the open suggestions are, in both languages. */
    @Example
    void approvalsNotWrittenSayHowLongTheOldestHasWaited() {
        DigestInputs week = DigestWeeks.notWrittenOnly(1, 0);
        String english = renderer.create(new DigestComposer().compose(week, CATALOG, Messages.forLocale("en")), "en")
                .toData()
                .toString();
        String chinese = renderer.create(
                        new DigestComposer().compose(week, CATALOG, Messages.forLocale("zh-CN")), "zh-CN")
                .toData()
                .toString();

        assertThat(english).contains("1 approved edit could not be written to the catalog, the oldest from today");
        assertThat(chinese).contains("1 条已批准的修改未能写入目录，最早的一条 来自今天");
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
