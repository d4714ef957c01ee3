package dev.skillbot.discord;

import dev.skillbot.testing.Golden;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The JSON body of every representative card as the adapter replies to a slash command with it
 * (ephemeral, serialised by JDA, as {@code ask --format discord} prints it), against
 * {@code golden/discord/}. {@code -Dgolden.update=true} rewrites the files.
 */
class DiscordGoldenTest {

    @TestFactory
    Stream<DynamicTest> everyCardAsItsGoldenFile() {
        DiscordCardRenderer renderer = new DiscordCardRenderer();
        return Golden.tests(
                "discord",
                card -> DiscordJsonFormat.replyBody(renderer.create(card.card(), card.locale()), true)
                                .toPrettyString() + "\n");
    }
}
