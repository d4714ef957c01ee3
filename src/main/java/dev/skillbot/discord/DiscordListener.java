package dev.skillbot.discord;

import dev.skillbot.chat.Invocation;
import dev.skillbot.i18n.MessageKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.EntitySelectInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.exceptions.ParsingException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;

/** Routes Discord interactions: each is handled once, by name or action id, by the class that owns it. */
final class DiscordListener extends ListenerAdapter {

    private final SeenInteractions seen;
    private final CardResponder responder;
    private final DiscordAutocomplete autocomplete;
    private final ComponentActions actions;
    private final SuggestionActions suggestions;
    private final Invocations invocations;

    DiscordListener(
            SeenInteractions seen,
            CardResponder responder,
            DiscordAutocomplete autocomplete,
            ComponentActions actions,
            SuggestionActions suggestions,
            Invocations invocations) {
        this.seen = seen;
        this.invocations = invocations;
        this.responder = responder;
        this.autocomplete = autocomplete;
        this.actions = actions;
        this.suggestions = suggestions;
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        if (!seen.first(event.getIdLong())) {
            return;
        }
        if (!DiscordCommands.NAME.equals(event.getName())) {
            unknownCommand(event);
            return;
        }
        String text = SlashCommandText.of(event.getSubcommandGroup(), event.getSubcommandName(), options(event));
        Invocation invocation = invocations.of(event, Invocation.Origin.COMMAND);
        if (DiscordCommands.SUGGEST.equals(event.getSubcommandName())) {
            suggestions.command(event, invocation, text);
        } else {
            responder.reply(event, invocation, text, true);
        }
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        if (!seen.first(event.getIdLong())) {
            return;
        }
        if (DiscordCommands.NAME.equals(event.getName())) {
            responder.send(autocomplete.answer(event, invocations.locale(event)), "autocomplete choices");
        } else {
            responder.send(event.replyChoices(List.of()), "no choices for an unknown command");
        }
    }

    /**
     * The options by name. JDA reads an option's value only when asked and throws when Discord sent none, or one
     * of another type (a command registered before an upgrade): such an option counts as not given.
     */
    private static Map<String, String> options(SlashCommandInteractionEvent event) {
        Map<String, String> options = new LinkedHashMap<>();
        for (OptionMapping option : event.getOptions()) {
            try {
                options.putIfAbsent(option.getName(), option.getAsString());
            } catch (ParsingException unreadable) {
                // not given
            }
        }
        return options;
    }

    /** A command of this application other than /skill, such as one registered by an older version: answered with a note. */
    private void unknownCommand(SlashCommandInteractionEvent event) {
        responder.note(event, invocations.locale(event), MessageKey.COMMAND_UNKNOWN);
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        if (seen.first(event.getIdLong())) {
            actions.onButton(event);
        }
    }

    @Override
    public void onStringSelectInteraction(StringSelectInteractionEvent event) {
        if (seen.first(event.getIdLong())) {
            actions.onSelect(event);
        }
    }

    /** User, role, mentionable and channel selects: Skillbot sends none, so one is from another version's card. */
    @Override
    public void onEntitySelectInteraction(EntitySelectInteractionEvent event) {
        if (seen.first(event.getIdLong())) {
            actions.ignore(event);
        }
    }

    @Override
    public void onModalInteraction(ModalInteractionEvent event) {
        if (seen.first(event.getIdLong())) {
            actions.onModal(event);
        }
    }
}
