package dev.skillbot.discord;

import dev.skillbot.card.ActionId;
import dev.skillbot.card.Card;
import dev.skillbot.card.ModalForm;
import dev.skillbot.command.CommandService;
import dev.skillbot.command.Invocation;
import dev.skillbot.i18n.MessageKey;
import dev.skillbot.i18n.Messages;
import dev.skillbot.suggestion.Proposal;
import dev.skillbot.suggestion.ProposalCards;
import dev.skillbot.suggestion.ProposalDraft;
import dev.skillbot.suggestion.ProposalService;
import dev.skillbot.suggestion.SubmittedForm;
import dev.skillbot.suggestion.Submission;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.callbacks.IModalCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Suggest an edit. {@code /skill suggest} and the cards' Suggest edit button answer with the form
 * as their first response (a modal cannot follow a deferral; building it needs only the catalog in
 * memory). The submitted form is saved off the gateway thread; a saved suggestion is posted to the
 * review channel and the post is recorded with the proposal.
 */
final class SuggestionActions {

    private static final Logger log = LoggerFactory.getLogger(SuggestionActions.class);

    private final CommandService commands;
    private final ProposalService proposals;
    private final CardResponder responder;
    private final DiscordCardRenderer renderer;
    private final DiscordChannels channels;
    private final String reviewChannel;
    private final Duration timeout;

    SuggestionActions(CommandService commands, ProposalService proposals, CardResponder responder, DiscordCardRenderer renderer,
                      DiscordChannels channels, String reviewChannel, Duration timeout) {
        this.commands = commands;
        this.proposals = proposals;
        this.responder = responder;
        this.renderer = renderer;
        this.channels = channels;
        this.reviewChannel = reviewChannel == null ? "" : reviewChannel.strip();
        this.timeout = timeout;
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
        Invocation invocation = Invocations.of(event, Invocation.Origin.BUTTON);
        Optional<ModalForm> form = commands.suggestionForm(invocation, id.arg(0), id.arg(1), id.arg(2));
        if (form.isPresent()) {
            open(event, form.get());
        } else {
            String text = Messages.forLocale(invocation.locale()).get(MessageKey.SUGGEST_UNKNOWN_CELL, id.arg(0), id.arg(1), id.arg(2));
            responder.reply(event, invocation.locale(), () -> DiscordCardRenderer.notice(text), true);
        }
    }

    /** The submitted form: saved (and posted for review), refused with the reason, or not saved for now. */
    void submit(ModalInteractionEvent event, ActionId id) {
        String locale = event.getUserLocale().getLocale();
        ProposalDraft draft = SubmittedForm.draft(id.arg(0), DiscordModals.values(event));
        var author = Invocations.author(event);
        responder.reply(event, locale, () -> answer(proposals.submit(draft, author), Messages.forLocale(locale)), true);
    }

    private Card answer(Submission submission, Messages messages) {
        if (submission instanceof Submission.Saved saved) {
            postForReview(saved.proposal());
            return DiscordCardRenderer.notice(new ProposalCards(commands.catalogs().current(), messages).savedNotice(saved.proposal()));
        }
        if (submission instanceof Submission.Refused refused) {
            return DiscordCardRenderer.notice(messages.get(refused.reason(), refused.args().toArray()));
        }
        return DiscordCardRenderer.notice(messages.get(MessageKey.STORE_UNAVAILABLE));
    }

    /** Posts the review card in the server's language and records where it is; runs on a worker, so it may wait. */
    private void postForReview(Proposal proposal) {
        if (reviewChannel.isEmpty()) {
            log.info("Suggestion #{} saved; no Discord review channel is configured (SKILLBOT_DISCORD_REVIEW_CHANNEL)", proposal.id());
            return;
        }
        Optional<GuildMessageChannel> channel = channels.channel(reviewChannel);
        if (channel.isEmpty()) {
            log.warn("Suggestion #{} saved, but the review channel {} is not on a shard this process runs", proposal.id(), reviewChannel);
            return;
        }
        String locale = channel.get().getGuild().getLocale().getLocale();
        Card card = new ProposalCards(commands.catalogs().current(), Messages.forLocale(locale)).review(proposal);
        try {
            Message posted = channel.get().sendMessage(renderer.create(card, locale)).submit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            proposals.attachReviewMessage(proposal.id(),
                    new Proposal.ReviewMessage(channel.get().getId(), posted.getId(), DiscordChannels.link(channel.get(), posted.getId())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            log.warn("Could not post suggestion #{} to the review channel {}: {}", proposal.id(), reviewChannel, e.toString());
        }
    }

    private void open(IModalCallback event, ModalForm form) {
        responder.send(event.replyModal(DiscordModals.render(form)), "suggestion form");
    }
}
