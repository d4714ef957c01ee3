package dev.skillbot.discord;

import dev.skillbot.card.Card;
import dev.skillbot.catalog.CatalogSource;
import dev.skillbot.command.Platform;
import dev.skillbot.i18n.Messages;
import dev.skillbot.suggestion.Author;
import dev.skillbot.suggestion.Decision;
import dev.skillbot.suggestion.Proposal;
import dev.skillbot.suggestion.ProposalCards;
import dev.skillbot.suggestion.ProposalService;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import net.dv8tion.jda.api.events.interaction.GenericInteractionCreateEvent;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.callbacks.IMessageEditCallback;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Approve and Reject on a review post. Every click is checked against the reviewer roles, from the
 * clicking member's role ids; others get a polite private refusal. A decision edits the review
 * post in place to its decided state and tells the author by direct message; a click that comes
 * too late gets the "already decided" refusal privately and leaves the post alone.
 */
final class ReviewActions {

    private static final Logger log = LoggerFactory.getLogger(ReviewActions.class);

    private final ProposalService proposals;
    private final CatalogSource catalogs;
    private final CardResponder responder;
    private final DiscordCardRenderer renderer;
    private final DiscordChannels channels;

    ReviewActions(ProposalService proposals, CatalogSource catalogs, CardResponder responder, DiscordCardRenderer renderer,
                  DiscordChannels channels) {
        this.proposals = proposals;
        this.catalogs = catalogs;
        this.responder = responder;
        this.renderer = renderer;
        this.channels = channels;
    }

    void approve(ButtonInteractionEvent event, long proposalId) {
        Author reviewer = Invocations.author(event);
        Set<String> roles = Invocations.roleIds(event);
        if (refusedAsReviewer(event, reviewer, roles)) {
            return;
        }
        decide(event, () -> proposals.approve(proposalId, reviewer, roles));
    }

    /** Reject asks for the reason first: the form is the first response. */
    void reject(ButtonInteractionEvent event, long proposalId) {
        if (refusedAsReviewer(event, Invocations.author(event), Invocations.roleIds(event))) {
            return;
        }
        responder.send(event.replyModal(DiscordModals.render(cards(event.getUserLocale().getLocale()).rejectionForm(proposalId))),
                "rejection form");
    }

    void submitRejection(ModalInteractionEvent event, long proposalId) {
        Author reviewer = Invocations.author(event);
        Set<String> roles = Invocations.roleIds(event);
        String reason = DiscordModals.values(event).getOrDefault(ProposalCards.REASON, "");
        decide(event, () -> proposals.reject(proposalId, reviewer, roles, reason));
    }

    private boolean refusedAsReviewer(IReplyCallback event, Author user, Set<String> roles) {
        if (proposals.isReviewer(user, roles)) {
            return false;
        }
        String locale = event.getUserLocale().getLocale();
        responder.send(event.reply(renderer.create(refusal(new Decision.NotAReviewer(), locale), locale)).setEphemeral(true), "refusal");
        return true;
    }

    private <E extends GenericInteractionCreateEvent & IReplyCallback & IMessageEditCallback> void decide(E event, Supplier<Decision> decision) {
        String userLocale = event.getUserLocale().getLocale();
        String postLocale = Invocations.guildLocale(event);
        responder.answer("review answer", decision,
                outcome -> show(outcome, event::editMessage, data -> event.reply(data).setEphemeral(true), userLocale, postLocale),
                event::deferEdit,
                outcome -> show(outcome, data -> event.getHook().editOriginal(data),
                        data -> event.getHook().sendMessage(data).setEphemeral(true), userLocale, postLocale));
    }

    /**
     * The answer to the click: a decision edits the review post (and the author is told); anything
     * else is told privately to the one who clicked.
     */
    private RestAction<?> show(Decision outcome, Function<MessageEditData, RestAction<?>> editPost,
                               Function<MessageCreateData, RestAction<?>> tellClicker, String userLocale, String postLocale) {
        Optional<Proposal> decided = decided(outcome);
        if (decided.isPresent()) {
            RestAction<?> edit = editPost.apply(renderer.edit(cards(postLocale).review(decided.get()), postLocale));
            tellAuthor(decided.get(), postLocale);
            return edit;
        }
        return tellClicker.apply(renderer.create(refusal(outcome, userLocale), userLocale));
    }

    /** The proposal as decided, or empty when the click changed nothing. */
    private static Optional<Proposal> decided(Decision decision) {
        if (decision instanceof Decision.Decided done) {
            return Optional.of(done.proposal());
        }
        if (decision instanceof Decision.NeedsAttention attention) {
            return Optional.of(attention.proposal());
        }
        return Optional.empty();
    }

    private void tellAuthor(Proposal proposal, String locale) {
        if (proposal.author().platform() != Platform.DISCORD) {
            return;
        }
        Card notice = DiscordCardRenderer.notice(cards(locale).authorNotice(proposal));
        try {
            responder.track(channels.directMessage(proposal.author().userId(), renderer.create(notice, locale)).whenComplete((sent, error) -> {
                if (error != null) {
                    log.warn("Could not tell the author of suggestion #{} by direct message: {}", proposal.id(), error.toString());
                }
            }));
        } catch (RuntimeException e) {
            log.warn("Could not tell the author of suggestion #{} by direct message: {}", proposal.id(), e.toString());
        }
    }

    private Card refusal(Decision decision, String locale) {
        return DiscordCardRenderer.notice(cards(locale).refusal(decision));
    }

    private ProposalCards cards(String locale) {
        return new ProposalCards(catalogs.current(), Messages.forLocale(locale));
    }
}
