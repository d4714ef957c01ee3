package dev.skillbot.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.card.ActionId;
import dev.skillbot.card.Card;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.CatalogLoader;
import dev.skillbot.catalog.Level;
import dev.skillbot.catalog.LoadResult;
import dev.skillbot.catalog.Role;
import dev.skillbot.catalog.Skill;
import dev.skillbot.chat.Invocation;
import dev.skillbot.chat.Platform;
import dev.skillbot.testing.FixtureCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import org.springframework.util.FileSystemUtils;

/**
 * In any catalog the loader accepts, whose skills may be called like command words, levels, level
 * aliases and roles ("Search", "Lead", "Staff", "Platform Engineering"), every button and select of
 * every card of a skill shows that same skill.
 */
class EveryButtonPropertyTest {

    private static final List<String> IDS = List.of(
            "search",
            "lead",
            "senior",
            "staff",
            "l3",
            "sre",
            "reliability",
            "platform",
            "platform-engineering",
            "help",
            "compare",
            "list",
            "vs",
            "me",
            "go",
            "data",
            "data-platform",
            "canary-releases");
    private static final List<String> ROLES = List.of("devops", "sre", "platform");
    private static final Invocation ALICE =
            new Invocation(Platform.SLACK, "T0TEST", "C0CHAN", "U0ALICE", "en", Invocation.Origin.COMMAND);

    private final List<Path> written = new ArrayList<>();

    @Property(tries = 60)
    void everyButtonShowsTheSkillOfItsCard(@ForAll("skillIds") Set<String> ids) throws IOException {
        Catalog catalog = catalogOf(ids);
        CommandService commands = new CommandService(() -> catalog);

        for (Skill skill : catalog.skills()) {
            for (String command : commandsOf(skill, catalog)) {
                Card card = commands.answer(ALICE, command);
                assertShows(skill, card, command);
                for (ActionId action : card.actionIds()) {
                    if (action.action() == ActionId.Action.SHOW || action.action() == ActionId.Action.SHARE) {
                        assertShows(skill, commands.answer(ALICE, action.arg(0)), action.encode());
                    }
                }
            }
        }
    }

    @Property(tries = 60)
    void aSkillsNameWithALevelAndARoleShowsThatCell(@ForAll("skillIds") Set<String> ids) throws IOException {
        Catalog catalog = catalogOf(ids);
        CommandService commands = new CommandService(() -> catalog);
        Level senior = catalog.level("senior").orElseThrow();

        for (Skill skill : catalog.skills()) {
            for (Role role : catalog.rolesOf(skill)) {
                // as Discord's options give it: the name as typed, the level and the role by id
                String typed = CommandText.skillFirst(skill.name()) + " " + senior.id() + " " + role.id();
                Card card = commands.answer(ALICE, typed);
                assertThat(card.title()).as(typed).isEqualTo(skill.name() + " · " + senior.name("en"));
                assertThat(card.context()).as(typed).anyMatch(fact -> fact.contains(role.name("en")));
            }
        }
    }

    /** "Data Platform senior platform" beside a skill called Data: the role word twice must not leave "Data" alone. */
    @Example
    void aNameEndingInARoleWordBesideASkillNamedByItsFirstWord() throws IOException {
        aSkillsNameWithALevelAndARoleShowsThatCell(new java.util.LinkedHashSet<>(List.of("data", "data-platform")));
    }

    @Provide
    Arbitrary<Set<String>> skillIds() {
        return Arbitraries.of(IDS).set().ofMinSize(1).ofMaxSize(5);
    }

    @AfterProperty
    void deleteCatalogs() throws IOException {
        for (Path dir : written) {
            FileSystemUtils.deleteRecursively(dir);
        }
    }

    private static List<String> commandsOf(Skill skill, Catalog catalog) {
        List<Level> levels = catalog.levels();
        List<String> commands = new ArrayList<>(List.of(CommandText.overview(skill)));
        for (int l = 0; l < levels.size(); l++) {
            commands.add(CommandText.level(skill, levels.get(l), Optional.empty()));
            if (l + 1 < levels.size()) {
                commands.add(CommandText.compare(skill, levels.get(l), levels.get(l + 1), Optional.empty()));
            }
        }
        for (Role role : catalog.rolesOf(skill)) {
            commands.add(CommandText.level(skill, levels.get(0), Optional.of(role)));
        }
        return commands;
    }

    private static void assertShows(Skill skill, Card card, String how) {
        assertThat(card.kind()).as(how).isIn(Card.Kind.LEVEL, Card.Kind.COMPARISON, Card.Kind.OVERVIEW);
        assertThat(card.title()).as(how).startsWith(skill.name() + " · ");
    }

    /** The catalog of those skills, when the loader accepts it; jqwik draws again when it does not. */
    private Catalog catalogOf(Set<String> ids) throws IOException {
        LoadResult loaded = new CatalogLoader().load(write(ids));
        Assume.that(loaded.catalog().isPresent());
        return loaded.catalog().orElseThrow();
    }

    /** The fixture's levels, roles and domains with one skill file a given id, covering every role. */
    private Path write(Set<String> ids) throws IOException {
        Path dir = Files.createTempDirectory("every-button");
        written.add(dir);
        for (String definitions : List.of("levels.yml", "roles.yml", "domains.yml")) {
            Files.copy(FixtureCatalog.DIR.resolve(definitions), dir.resolve(definitions));
        }
        Files.createDirectories(dir.resolve("delivery"));
        for (String id : ids) {
            Files.writeString(dir.resolve("delivery/" + id + ".yml"), skillFile(id));
        }
        return dir;
    }

    private static String skillFile(String id) {
        String name = Arrays.stream(id.split("-"))
                .map(word -> Character.toUpperCase(word.charAt(0)) + word.substring(1))
                .collect(Collectors.joining(" "));
        StringBuilder yaml = new StringBuilder()
                .append("id: ")
                .append(id)
                .append('\n')
                .append("name: ")
                .append(name)
                .append('\n')
                .append(
                        "domain: delivery\ngroup: Tests\nsummary: A skill for tests.\ntags: [tests]\nupdated: 2026-01-15\n")
                .append("roles: [")
                .append(String.join(", ", ROLES))
                .append("]\ncells:\n");
        for (String level : List.of("junior", "middle", "senior", "lead", "principal")) {
            yaml.append("  ").append(level).append(":\n");
            for (String role : ROLES) {
                yaml.append("    ")
                        .append(role)
                        .append(":\n      required: true\n      text: \"")
                        .append(level)
                        .append(' ')
                        .append(role)
                        .append(" does it.\"\n");
            }
        }
        return yaml.toString();
    }
}
