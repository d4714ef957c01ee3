package dev.skillbot.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.card.ActionId;
import dev.skillbot.card.Card;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.Level;
import dev.skillbot.catalog.Skill;
import dev.skillbot.chat.Invocation;
import dev.skillbot.chat.Platform;
import dev.skillbot.testing.FixtureCatalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A skill may be called what a command word, a level or a role is called ("Search", "Lead",
 * "SRE"): its cards' buttons and selects still show that skill, where they used to run the command
 * ("search" with nothing to search for) or find no skill at all.
 */
class CommandWordSkillsTest {

    private static final Invocation ALICE =
            new Invocation(Platform.SLACK, "T0TEST", "C0CHAN", "U0ALICE", "en", Invocation.Origin.COMMAND);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "search",
                "find",
                "list",
                "help",
                "about",
                "me",
                "digest",
                "proposals",
                "next",
                "vs",
                "compare",
                "lead"
            })
    void everyButtonOfASkillNamedLikeACommandWordShowsThatSkill(String id) {
        Catalog catalog = catalogWithSkill(id);
        Skill skill = catalog.skill(id).orElseThrow();
        CommandService commands = new CommandService(() -> catalog);
        List<Level> levels = catalog.levels();

        List<Card> cards = new ArrayList<>(List.of(
                commands.answer(ALICE, CommandText.overview(skill)),
                commands.answer(ALICE, CommandText.compare(skill, levels.get(0), levels.get(1), Optional.empty()))));
        for (Level level : levels) {
            cards.add(commands.answer(ALICE, CommandText.level(skill, level, Optional.empty())));
        }
        for (Card card : cards) {
            assertShows(skill, card, card.title());
            for (ActionId action : card.actionIds()) {
                if (action.action() == ActionId.Action.SHOW || action.action() == ActionId.Action.SHARE) {
                    assertShows(skill, commands.answer(ALICE, action.arg(0)), action.encode());
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"search", "help", "lead", "sre"})
    void typedWordsKeepTheirMeaningAndAWordLeftAloneNamesTheSkill(String id) {
        Catalog catalog = catalogWithSkill(id);
        CommandService commands = new CommandService(() -> catalog);

        assertThat(commands.answer(ALICE, "search canary").kind()).isEqualTo(Card.Kind.SEARCH);
        assertThat(commands.answer(ALICE, "help").kind()).isEqualTo(Card.Kind.HELP);
        assertThat(commands.answer(ALICE, "canary lead").title()).isEqualTo("Canary Releases · Lead");
        assertThat(commands.answer(ALICE, "canary senior sre").title()).startsWith("Canary Releases · Senior");
        assertShows(
                catalog.skill(id).orElseThrow(), commands.answer(ALICE, CommandText.skillFirst(id) + " senior"), id);
        if (!id.equals("search") && !id.equals("help")) {
            assertShows(catalog.skill(id).orElseThrow(), commands.answer(ALICE, id), id);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"=", "= senior", "=nosuch senior", "senior =", "=senior"})
    void aMarkWithoutASkillIdIsAnsweredLikeAnyUnknownSkill(String typed) {
        Catalog catalog = catalogWithSkill("search");

        Card card = new CommandService(() -> catalog).answer(ALICE, typed);

        assertThat(card.kind()).as(typed).isIn(Card.Kind.DID_YOU_MEAN, Card.Kind.ERROR);
        assertThat(card.title()).as(typed).doesNotContain("Search · ");
    }

    private static void assertShows(Skill skill, Card card, String how) {
        assertThat(card.kind()).as(how).isIn(Card.Kind.LEVEL, Card.Kind.COMPARISON, Card.Kind.OVERVIEW);
        assertThat(card.title()).as(how).startsWith(skill.name() + " · ");
    }

    private Catalog catalogWithSkill(String id) {
        return FixtureCatalog.withSkillCalled(dir, id);
    }
}
