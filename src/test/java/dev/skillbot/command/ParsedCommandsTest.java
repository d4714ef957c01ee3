package dev.skillbot.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.testing.FixtureCatalog;
import org.junit.jupiter.api.Test;

class ParsedCommandsTest {

    private static final Catalog CATALOG = FixtureCatalog.load();

    private final ParsedCommands parsed = new ParsedCommands(new CommandParser());

    @Test
    void aLookupIsParsedOnceAndKept() {
        Command first = parsed.parse("release-trains senior", CATALOG);

        assertThat(parsed.parse("release-trains senior", CATALOG)).isSameAs(first);
    }

    @Test
    void personalWordsAreNotKeptPastTheirAnswer() {
        Command first = parsed.parse("me comment 7 release-trains plans the train well", CATALOG);

        assertThat(first).isInstanceOf(Command.Personal.class);
        assertThat(parsed.parse("me comment 7 release-trains plans the train well", CATALOG))
                .isEqualTo(first)
                .isNotSameAs(first);
    }
}
