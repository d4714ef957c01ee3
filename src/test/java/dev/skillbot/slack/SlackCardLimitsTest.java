package dev.skillbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.card.Card;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.CatalogLoader;
import dev.skillbot.catalog.Domain;
import dev.skillbot.catalog.Level;
import dev.skillbot.catalog.Role;
import dev.skillbot.catalog.Skill;
import dev.skillbot.chat.Invocation;
import dev.skillbot.chat.Platform;
import dev.skillbot.command.CommandService;
import dev.skillbot.command.CommandText;
import dev.skillbot.i18n.Messages;
import dev.skillbot.testing.BundledCatalog;
import dev.skillbot.testing.EveryCard;
import dev.skillbot.testing.SyntheticCatalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of card (level, level by role, overview, comparison, search, list, help, "did you
 * mean", errors), for every skill, level and role of the bundled catalog and of the extreme
 * synthetic one (5,000-character cells, 40 roles), in every language, fits every Block Kit limit.
 */
class SlackCardLimitsTest {

    @Test
    void everyCardOfTheBundledCatalogFits() {
        assertEveryCardFits(BundledCatalog.get());
    }

    @Test
    void everyCardOfTheExtremeCatalogFits(@TempDir Path dir) {
        assertEveryCardFits(load(SyntheticCatalog.write(dir, SyntheticCatalog.Spec.extreme())));
    }

    private static void assertEveryCardFits(Catalog catalog) {
        CommandService commands = new CommandService(() -> catalog);
        List<String> texts = commandTexts(catalog);
        List<String> violations = new ArrayList<>();
        Set<Card.Kind> kinds = EnumSet.noneOf(Card.Kind.class);
        for (String locale : Messages.SUPPORTED) {
            SlackCardRenderer renderer = new SlackCardRenderer(Messages.forLocale(locale));
            Invocation invocation =
                    new Invocation(Platform.SLACK, "T0TEST", "C0CHAN", "U0ALICE", locale, Invocation.Origin.COMMAND);
            List<Card> cards = new ArrayList<>();
            texts.forEach(text -> cards.add(commands.answer(invocation, text)));
            cards.addAll(EveryCard.beyondCommands(catalog, locale));
            for (Card card : cards) {
                kinds.add(card.kind());
                BlockKitLimits.violations(
                                SlackMessageJson.parse(renderer.json(card)).node())
                        .stream()
                        .map(violation -> locale + " '" + abbreviate(card.title()) + "': " + abbreviate(violation))
                        .forEach(violations::add);
            }
        }
        assertThat(violations).isEmpty();
        assertThat(kinds).containsExactlyInAnyOrder(Card.Kind.values());
    }

    private static List<String> commandTexts(Catalog catalog) {
        List<String> texts = new ArrayList<>(List.of(
                "help",
                "",
                "list",
                "search zzqqxx",
                "x".repeat(600),
                "<!channel> <@U123> <!here> & co",
                "search <!here>"));
        catalog.domains().stream().map(Domain::id).forEach(domain -> texts.add("list " + domain));
        List<Level> levels = catalog.levels();
        for (Skill skill : catalog.skills()) {
            List<Role> roles = catalog.rolesOf(skill);
            texts.add(CommandText.overview(skill));
            texts.add("search " + skill.name().split(" ")[0]);
            texts.add(skill.name().substring(0, skill.name().length() - 1) + "x "
                    + levels.get(0).id());
            texts.add(skill.id() + " " + levels.get(0).id() + " "
                    + levels.get(1).id() + " " + levels.get(2).id());
            texts.add(CommandText.compare(skill, levels.get(0), levels.get(levels.size() - 1), Optional.empty()));
            for (Role role : roles) {
                texts.add(CommandText.overview(skill) + " " + role.id());
                texts.add(CommandText.compare(skill, levels.get(0), levels.get(1), Optional.of(role)));
            }
            for (int l = 0; l < levels.size(); l++) {
                texts.add(CommandText.level(skill, levels.get(l), Optional.empty()));
                if (l + 1 < levels.size()) {
                    texts.add(CommandText.compare(skill, levels.get(l), levels.get(l + 1), Optional.empty()));
                }
                for (Role role : roles) {
                    texts.add(CommandText.level(skill, levels.get(l), Optional.of(role)));
                }
            }
        }
        return texts;
    }

    private static Catalog load(Path dir) {
        return new CatalogLoader().load(dir).catalog().orElseThrow();
    }

    private static String abbreviate(String text) {
        return text.length() <= 160 ? text : text.substring(0, 160) + "…";
    }
}
