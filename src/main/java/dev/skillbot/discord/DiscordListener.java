package dev.skillbot.discord;

import dev.skillbot.chat.Invocation;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
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
        if (DiscordCommands.NAME.equals(event.getName()) && seen.first(event.getIdLong())) {
            String text = SlashCommandText.of(
                    event.getSubcommandGroup(),
                    event.getSubcommandName(),
                    event.getOptions().stream()
                            .collect(
                                    Collectors.toMap(OptionMapping::getName, OptionMapping::getAsString, (a, b) -> a)));
            Invocation invocation = invocations.of(event, Invocation.Origin.COMMAND);
            if (DiscordCommands.SUGGEST.equals(event.getSubcommandName())) {
                suggestions.command(event, invocation, text);
            } else {
                responder.reply(event, invocation, text, true);
            }
        }
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        if (DiscordCommands.NAME.equals(event.getName()) && seen.first(event.getIdLong())) {
            responder.send(autocomplete.answer(event, invocations.locale(event)), "autocomplete choices");
        }
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

    @Override
    public void onModalInteraction(ModalInteractionEvent event) {
        if (seen.first(event.getIdLong())) {
            actions.onModal(event);
        }
    }
}
