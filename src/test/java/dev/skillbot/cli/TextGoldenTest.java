package dev.skillbot.cli;

import dev.skillbot.testing.Golden;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The terminal text of every representative card, as {@code ask} prints it, against
 * {@code golden/text/}. {@code -Dgolden.update=true} rewrites the files.
 */
class TextGoldenTest {

    @TestFactory
    Stream<DynamicTest> everyCardAsItsGoldenFile() {
        TextCardRenderer renderer = new TextCardRenderer();
        return Golden.tests("text", card -> renderer.render(card.card()));
    }
}
