package dev.skillbot.discord;

import dev.skillbot.card.ActionId;
import dev.skillbot.card.Card;
import dev.skillbot.card.ModalForm;
import dev.skillbot.chat.Invocation;
import dev.skillbot.command.CommandService;
import dev.skillbot.i18n.MessageKey;
import dev.skillbot.i18n.Messages;
import dev.skillbot.suggestion.ReviewFlow;
import dev.skillbot.suggestion.Submission;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.callbacks.IModalCallback;

/**
 * Suggest an edit. {@code /skill suggest} and the cards' Suggest edit button answer with the form
 * as their first response (a modal cannot follow a deferral; building it needs only the catalog in
 * memory). The submitted form goes to the core {@link ReviewFlow} off the gateway thread, and the
 * outcome is the private answer.
 */
final class SuggestionActions {

    private final CommandService commands;
    private final ReviewFlow flow;
    private final CardResponder responder;
    private final Invocations invocations;

    SuggestionActions(CommandService commands, ReviewFlow flow, CardResponder responder, Invocations invocations) {
        this.commands = commands;
        this.invocations = invocations;
        this.flow = flow;
        this.responder = responder;
    }

    /** {@code /skill suggest}: the form, or the command's own answer (did you mean, errors) when no cell is named. */
    void command(SlashCommandInteractionEvent event, Invocation invocation, String text) {
        Optional<ModalForm> form = commands.suggestionForm(invocation, text);
        if (form.isPresent()) {
            open(event, form.get());
        } else {
            responder.reply(event, invocation, text, true);
        }
    }

    /** Suggest edit on a card: skill, level and role (may be empty) are the button's arguments. */
    void button(ButtonInteractionEvent event, ActionId id) {
        Invocation invocation = invocations.of(event, Invocation.Origin.BUTTON);
        Optional<ModalForm> form = commands.suggestionForm(invocation, id.arg(0), id.arg(1), id.arg(2));
        if (form.isPresent()) {
            open(event, form.get());
        } else {
            String text = Messages.forLocale(invocation.locale())
                    .get(MessageKey.SUGGEST_UNKNOWN_CELL, id.arg(0), id.arg(1), id.arg(2));
            responder.reply(event, invocation.locale(), () -> DiscordCardRenderer.notice(text), true);
        }
    }

    /** The submitted form: saved (the flow posts it for review), refused with the reason, or not saved for now. */
    void submit(ModalInteractionEvent event, ActionId id) {
        String locale = invocations.locale(event);
        Map<String, String> values = DiscordModals.values(event);
        var author = Invocations.author(event);
        responder.reply(event, locale, () -> answer(flow.submit(id.arg(0), id.arg(1), values, author), locale), true);
    }

    private Card answer(Submission submission, String locale) {
        Messages messages = Messages.forLocale(locale);
        if (submission instanceof Submission.Saved saved) {
            return DiscordCardRenderer.notice(flow.cards(locale).savedNotice(saved.proposal()));
        }
        if (submission instanceof Submission.Refused refused) {
            return DiscordCardRenderer.notice(
                    messages.get(refused.reason(), refused.args().toArray()));
        }
        return DiscordCardRenderer.notice(messages.get(MessageKey.STORE_UNAVAILABLE));
    }

    private void open(IModalCallback event, ModalForm form) {
        responder.send(event.replyModal(DiscordModals.render(form)), "suggestion form");
    }
}
