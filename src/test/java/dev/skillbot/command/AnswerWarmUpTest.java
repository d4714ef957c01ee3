package dev.skillbot.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.card.Card;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.testing.FixtureCatalog;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnswerWarmUpTest {

    private final Catalog catalog = FixtureCatalog.load();

    @Test
    void answersAndDrawsEveryKindOfLookupOnEachPlatformEveryRound() {
        List<Card> drawnFirst = new ArrayList<>();
        List<Card> drawnSecond = new ArrayList<>();

        int answered = new AnswerWarmUp(() -> catalog, List.of(drawnFirst::add, drawnSecond::add)).run();

        int commands = AnswerWarmUp.commands(catalog).size();
        assertThat(answered).isEqualTo(AnswerWarmUp.ROUNDS * 2 * commands);
        assertThat(drawnFirst).hasSize(answered).isEqualTo(drawnSecond);
        Set<Card.Kind> kinds = EnumSet.noneOf(Card.Kind.class);
        drawnFirst.forEach(card -> kinds.add(card.kind()));
        assertThat(kinds)
                .contains(Card.Kind.OVERVIEW, Card.Kind.LEVEL, Card.Kind.COMPARISON, Card.Kind.HELP, Card.Kind.LIST);
    }

    @Test
    void takesEveryLevelAndNeighbouringComparisonOfEachSkillTaken() {
        List<String> commands = AnswerWarmUp.commands(catalog);
        int levels = catalog.levels().size();

        assertThat(commands).hasSize(2 + catalog.skills().size() * (1 + levels + (levels - 1) + 1));
        String first = catalog.levels().get(0).id();
        String second = catalog.levels().get(1).id();
        assertThat(commands)
                .contains(
                        FixtureCatalog.CANARY_RELEASES,
                        FixtureCatalog.CANARY_RELEASES + " " + first,
                        FixtureCatalog.CANARY_RELEASES + " " + first + ".." + second,
                        "acnary-releases");
    }
}
