package dev.skillbot.discord;

import static dev.skillbot.discord.DiscordLimits.AUTOCOMPLETE_CHOICES;
import static dev.skillbot.discord.DiscordLimits.CHOICE_TEXT;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.CurrentCatalog;
import dev.skillbot.catalog.Keys;
import dev.skillbot.catalog.Labels;
import dev.skillbot.catalog.Role;
import dev.skillbot.i18n.Messages;
import java.util.List;
import java.util.stream.Stream;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.requests.RestAction;

/**
 * Up to 25 choices for the option being typed: skills ranked by the typo-tolerant matcher, the
 * roles of the chosen skill, domains, or (for a digest's scope) matching domains, then skills. Answered on the gateway thread, since it is fast
 * (see the {@code AutocompleteBenchmark} JMH benchmark) and an autocomplete cannot be deferred.
 */
final class DiscordAutocomplete {

    /** Marks domains among skills, where both can be chosen. */
    private static final String DOMAIN_ICON = "📁 ";

    private final CurrentCatalog catalogs;

    DiscordAutocomplete(CurrentCatalog catalogs) {
        this.catalogs = catalogs;
    }

    /** The answer to the option being typed, names in the reader's {@code locale}, for the {@link CardResponder} to send. */
    RestAction<?> answer(CommandAutoCompleteInteractionEvent event, String locale) {
        if (event.getFocusedOption().getType()
                != OptionType.STRING) { // registered by another version: JDA sends no text choices for it
            return event.replyChoices(List.of());
        }
        OptionMapping skill = event.getOption(DiscordCommands.SKILL);
        return event.replyChoices(choices(
                event.getFocusedOption().getName(),
                event.getFocusedOption().getValue(),
                skill == null ? "" : skill.getAsString(),
                locale));
    }

    List<Command.Choice> choices(String option, String typed, String skillTyped, String locale) {
        Catalog catalog = catalogs.current();
        String content = Messages.forLocale(locale).localeTag();
        switch (option) {
            case DiscordCommands.SKILL:
                return choices(catalog.matcher().suggest(typed, AUTOCOMPLETE_CHOICES).stream()
                        .map(skill -> choice(skill.localizedName().in(content).text(), skill.id())));
            case DiscordCommands.ROLE:
                List<Role> roles = catalog.matcher()
                        .match(skillTyped)
                        .skill()
                        .map(catalog::rolesOf)
                        .orElse(catalog.roles());
                return choices(roles.stream()
                        .filter(role -> matches(
                                typed,
                                Stream.concat(
                                        Stream.of(role.id(), role.shortName()), names(role.labels(), role.aliases()))))
                        .map(role -> choice(role.name(locale), role.id())));
            case DiscordCommands.DOMAIN:
                return choices(domains(catalog, typed, locale, ""));
            case DiscordCommands.SCOPE:
                return choices(Stream.concat(
                        domains(catalog, typed, locale, DOMAIN_ICON),
                        catalog.matcher().suggest(typed, AUTOCOMPLETE_CHOICES).stream()
                                .map(skill ->
                                        choice(skill.localizedName().in(content).text(), skill.id()))));
            default:
                return List.of();
        }
    }

    private static Stream<Command.Choice> domains(Catalog catalog, String typed, String locale, String icon) {
        return catalog.domains().stream()
                .filter(domain -> matches(
                        typed, Stream.concat(Stream.of(domain.id()), domain.labels().byLocale().values().stream())))
                .map(domain -> choice(icon + domain.name(locale), domain.id()));
    }

    private static Stream<String> names(Labels labels, List<String> aliases) {
        return Stream.concat(labels.byLocale().values().stream(), aliases.stream());
    }

    /** True when any of the names contains the typed text, ignoring case and punctuation. */
    private static boolean matches(String typed, Stream<String> names) {
        String key = Keys.compact(typed);
        return key.isEmpty() || names.anyMatch(name -> Keys.compact(name).contains(key));
    }

    private static List<Command.Choice> choices(Stream<Command.Choice> choices) {
        return choices.filter(choice -> choice != null)
                .limit(AUTOCOMPLETE_CHOICES)
                .toList();
    }

    /** A choice, or null when its value cannot be a choice value. */
    private static Command.Choice choice(String name, String value) {
        return value.length() > CHOICE_TEXT ? null : new Command.Choice(DiscordText.clip(name, CHOICE_TEXT), value);
    }
}
