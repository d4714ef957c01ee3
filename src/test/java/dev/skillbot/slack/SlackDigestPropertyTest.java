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

    @Provide
    Arbitrary<DigestInputs> weeks() {
        return DigestWeeks.any();
    }

    @Provide
    Arbitrary<String> locales() {
        return Arbitraries.of(Messages.SUPPORTED);
    }
}
