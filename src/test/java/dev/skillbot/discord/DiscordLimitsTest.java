package dev.skillbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.card.Card;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.Domain;
import dev.skillbot.catalog.Level;
import dev.skillbot.catalog.Role;
import dev.skillbot.catalog.Skill;
import dev.skillbot.chat.Invocation;
import dev.skillbot.chat.Platform;
import dev.skillbot.command.CommandService;
import dev.skillbot.i18n.Messages;
import dev.skillbot.suggestion.ProposalCards;
import dev.skillbot.suggestion.ReviewPolicy;
import dev.skillbot.testing.EveryCard;
import dev.skillbot.testing.SyntheticCatalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders every kind of command for every skill, level, level pair and role of the bundled
 * catalog (whose point is that the shipped catalog fits) and of the extreme synthetic catalog (5,000-character texts, 40 roles), in English and
 * Chinese, as a reply and as an edit, and checks each message against every Discord limit; so too
 * the cards no command produces (review posts, suggestion lists, digests, notices, about) and
 * every suggestion and rejection form.
 */
class DiscordLimitsTest {

    private final DiscordCardRenderer renderer = new DiscordCardRenderer();

    @Test
    void everyCardOfTheBundledCatalogFitsDiscord() {
        assertAllFit(TestCatalogs.bundled());
    }

    @Test
    void everyCardOfTheExtremeCatalogFitsDiscordAndSaysWhereItWasShortened(@TempDir Path dir) {
        Map<String, DataObject> rendered = assertAllFit(TestCatalogs.synthetic(dir, SyntheticCatalog.Spec.extreme()));

        assertThat(rendered)
                .anySatisfy((command, body) -> assertThat(body.toString()).contains("(shortened)"));
        assertThat(rendered)
                .anySatisfy((command, body) -> assertThat(body.toString()).contains("（已截断）"));
    }

    @Test
    void reviewPostsListsDigestsNoticesAndFormsFitDiscord(@TempDir Path dir) {
        Set<Card.Kind> kinds = EnumSet.noneOf(Card.Kind.class);
        for (Catalog catalog :
                List.of(TestCatalogs.fixture(), TestCatalogs.synthetic(dir, SyntheticCatalog.Spec.extreme()))) {
            CommandService commands = new CommandService(() -> catalog);
            for (String locale : Messages.SUPPORTED) {
                List<Card> cards = new ArrayList<>(EveryCard.beyondCommands(catalog, locale));
                for (String command : List.of(
                        "help",
                        "list",
                        "search the",
                        "zzzqqq",
                        "canarx senior",
                        "canary",
                        "canary senior",
                        "canary senior..lead",
                        "canary senior lead principal")) {
                    cards.add(commands.answer(invocation(locale), command));
                }
                for (Card card : cards) {
                    kinds.add(card.kind());
                    assertThat(DiscordMessageLimits.violations(
                                    DiscordJsonFormat.replyBody(renderer.create(card, locale), true)))
                            .as("%s (%s)", card.title(), locale)
                            .isEmpty();
                    assertThat(DiscordMessageLimits.violations(
                                    renderer.edit(card, locale).toData()))
                            .as("edit of %s", card.title())
                            .isEmpty();
                }
                assertEveryFormFits(catalog, commands, locale);
            }
        }
        assertThat(kinds).containsExactlyInAnyOrder(Card.Kind.values());
    }

    @Test
    void aLongNoticeShowsWholeAsTheDescription() {
        String reason = "Rejected because " + "reason ".repeat(500);

        DataObject embed = renderer.create(DiscordCardRenderer.notice(reason.strip()), "en")
                .toData()
                .getArray("embeds")
                .getObject(0);

        assertThat(embed.hasKey("title")).isFalse();
        assertThat(embed.getString("description")).isEqualTo(reason.strip());
    }

    private static void assertEveryFormFits(Catalog catalog, CommandService commands, String locale) {
        for (Skill skill : catalog.skills()) {
            for (Level level : catalog.levels()) {
                for (Role role : catalog.rolesOf(skill)) {
                    DataObject modal = DiscordModals.render(
                                    commands.suggestionForm(invocation(locale), skill.id(), level.id(), role.id())
                                            .orElseThrow())
                            .toData();
                    assertThat(DiscordMessageLimits.modalViolations(modal))
                            .as("%s %s %s", skill.id(), level.id(), role.id())
                            .isEmpty();
                }
            }
        }
        DataObject rejection = DiscordModals.render(
                        new ProposalCards(catalog, Messages.forLocale(locale), new ReviewPolicy(Map.of(), false))
                                .rejectionForm(Long.MAX_VALUE))
                .toData();
        assertThat(DiscordMessageLimits.modalViolations(rejection)).isEmpty();
    }

    private static Invocation invocation(String locale) {
        return new Invocation(Platform.DISCORD, "guild", "channel", "user", locale, Invocation.Origin.COMMAND);
    }

    @Test
    void listsAndSearchesOfTenThousandSkillsFitDiscord() {
        Catalog catalog = TestCatalogs.tenThousandSkills();
        CommandService commands = new CommandService(() -> catalog);

        for (String command : List.of("list", "list domain-3", "search synthetic", "search kafka", "help", "cloud")) {
            DataObject body = render(commands, command, "en");
            assertThat(DiscordMessageLimits.violations(body)).as(command).isEmpty();
        }
    }

    private Map<String, DataObject> assertAllFit(Catalog catalog) {
        CommandService commands = new CommandService(() -> catalog);
        Map<String, DataObject> rendered = new LinkedHashMap<>();
        for (String locale : List.of("en", "zh-CN")) {
            for (String command : commandsFor(catalog)) {
                DataObject body = render(commands, command, locale);
                assertThat(DiscordMessageLimits.violations(body))
                        .as("%s (%s)", command, locale)
                        .isEmpty();
                rendered.put(locale + ": " + command, body);
            }
        }
        assertThat(rendered)
                .hasSizeGreaterThan(catalog.skills().size() * catalog.levels().size());
        return rendered;
    }

    private DataObject render(CommandService commands, String command, String locale) {
        Card card = commands.answer(
                new Invocation(Platform.DISCORD, "guild", "channel", "user", locale, Invocation.Origin.COMMAND),
                command);
        DataObject reply = DiscordJsonFormat.replyBody(renderer.create(card, locale), true);
        DataObject edit = renderer.edit(card, locale).toData();
        assertThat(DiscordMessageLimits.violations(edit))
                .as("edit of %s", command)
                .isEmpty();
        return reply;
    }

    /** Overview, every level, every adjacent comparison, each with and without every role, plus the other commands. */
    static List<String> commandsFor(Catalog catalog) {
        List<String> commands =
                new ArrayList<>(List.of("help", "list", "search the", "zzzqqq", "gitops senior lead principal"));
        catalog.domains().stream().map(Domain::id).forEach(domain -> commands.add("list " + domain));
        for (Skill skill : catalog.skills()) {
            List<Optional<Role>> filters = new ArrayList<>();
            filters.add(Optional.empty());
            catalog.rolesOf(skill).forEach(role -> filters.add(Optional.of(role)));
            commands.add("search " + skill.name());
            commands.add(skill.name().substring(0, skill.name().length() - 1) + "x senior");
            for (Optional<Role> role : filters) {
                String suffix = role.map(r -> " " + r.id()).orElse("");
                commands.add(skill.id() + suffix);
                for (Level level : catalog.levels()) {
                    commands.add(skill.id() + " " + level.id() + suffix);
                    catalog.next(level)
                            .ifPresent(next -> commands.add(skill.id() + " " + level.id() + ".." + next.id() + suffix));
                }
            }
        }
        return commands;
    }
}
