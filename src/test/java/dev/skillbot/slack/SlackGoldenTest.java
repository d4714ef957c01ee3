package dev.skillbot.slack;

import dev.skillbot.i18n.Messages;
import dev.skillbot.testing.Golden;
import dev.skillbot.testing.JsonLayout;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The Block Kit JSON of every representative card, byte for byte as a slash command is acknowledged
 * with ({@code ask --format slack}), indented between tokens, against {@code golden/slack/}.
 * {@code -Dgolden.update=true} rewrites the files.
 */
class SlackGoldenTest {

    @TestFactory
    Stream<DynamicTest> everyCardAsItsGoldenFile() {
        return Golden.tests(
                "slack",
                card -> JsonLayout.indent(new SlackCardRenderer(Messages.forLocale(card.locale())).json(card.card())));
    }
}
