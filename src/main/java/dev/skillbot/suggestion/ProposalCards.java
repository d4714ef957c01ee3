package dev.skillbot.suggestion;

import dev.skillbot.card.ActionId;
import dev.skillbot.card.Card;
import dev.skillbot.card.Control;
import dev.skillbot.card.ModalForm;
import dev.skillbot.card.Section;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.i18n.MessageKey;
import dev.skillbot.i18n.Messages;
import java.util.List;

/**
 * The cards and forms of the review flow in one reader's language: the review post ({@link ReviewPost}), what the
 * suggester and a refused reviewer are told, and the rejection form.
 */
public final class ProposalCards {

    public static final String REASON = "reason";

    private final Messages messages;
    private final ProposalNames names;
    private final ReviewPost reviewPost;
    private final UnwrittenApproval unwritten;

    public ProposalCards(Catalog catalog, Messages messages, ReviewPolicy policy) {
        this.messages = messages;
        this.names = new ProposalNames(catalog, messages.localeTag());
        this.reviewPost = new ReviewPost(catalog, messages, policy, names);
        this.unwritten = new UnwrittenApproval(messages, names);
    }

    /** The review post: before/after with changed words marked, and Approve / Reject while it is open. */
    public Card review(Proposal proposal) {
        return reviewPost.card(proposal);
    }

    private String cell(Proposal proposal) {
        return names.skill(proposal) + " · " + names.level(proposal) + " · " + names.role(proposal);
    }

    /** What the author is told privately once a reviewer decided. */
    public String authorNotice(Proposal proposal) {
        MessageKey notice = switch (proposal.status()) {
            case APPROVED -> MessageKey.NOTICE_APPROVED;
            case REJECTED -> MessageKey.NOTICE_REJECTED;
            default ->
                UnwrittenApproval.cellChanged(proposal)
                        ? MessageKey.NOTICE_CELL_CHANGED
                        : MessageKey.NOTICE_NEEDS_ATTENTION;
        };
        String why = proposal.status() == ProposalStatus.NEEDS_ATTENTION
                ? unwritten.why(proposal, false)
                : proposal.verdict().note();
        return messages.get(
                notice,
                number(proposal.id()),
                cell(proposal),
                proposal.verdict().by(),
                why);
    }

    /** {@link #authorNotice} as a card, with the button that suggests again where the cell changed since. */
    public Card authorCard(Proposal proposal) {
        String text = authorNotice(proposal);
        List<Control> controls =
                unwritten.suggestAgain(proposal).<List<Control>>map(List::of).orElse(List.of());
        if (controls.isEmpty()) {
            return notice(text);
        }
        String title = messages.get(MessageKey.NOTICE_NOT_WRITTEN_TITLE, number(proposal.id()));
        return new Card(
                Card.Kind.NOTICE, title, List.of(), List.of(), List.of(Section.of("", null, text)), controls, text);
    }

    /** The confirmation the suggester sees after submitting. */
    public String savedNotice(Proposal proposal) {
        return messages.get(
                MessageKey.SUGGEST_SAVED,
                number(proposal.id()),
                names.skill(proposal),
                names.level(proposal),
                names.role(proposal));
    }

    /** A short private answer, such as a refusal or "not saved, try again". */
    public Card notice(String text) {
        return new Card(Card.Kind.NOTICE, text, List.of(), List.of(), List.of(), List.of(), text);
    }

    public String message(MessageKey key, Object... args) {
        return messages.get(key, args);
    }

    /** The message for a decision that did not go through: not a reviewer, already decided, gone, or no database. */
    public String refusal(Decision decision) {
        if (decision instanceof Decision.NotAReviewer) {
            return messages.get(MessageKey.REVIEW_NOT_REVIEWER);
        }
        if (decision instanceof Decision.AlreadyDecided already) {
            return messages.get(
                    MessageKey.REVIEW_ALREADY_DECIDED,
                    number(already.proposal().id()),
                    reviewPost.outcome(already.proposal()).orElse(""));
        }
        if (decision instanceof Decision.NotFound notFound) {
            return messages.get(MessageKey.REVIEW_NOT_FOUND, number(notFound.id()));
        }
        if (decision instanceof Decision.OwnSuggestion own) {
            return messages.get(MessageKey.REVIEW_OWN_SUGGESTION, number(own.id()));
        }
        if (decision instanceof Decision.Invalid invalid) {
            return messages.get(invalid.reason(), invalid.args().toArray());
        }
        return messages.get(MessageKey.STORE_UNAVAILABLE);
    }

    /** The form asking a reviewer why they reject. */
    public ModalForm rejectionForm(long proposalId) {
        return new ModalForm(
                ActionId.of(ActionId.Action.SUBMIT_REJECTION, Long.toString(proposalId)),
                messages.get(MessageKey.REVIEW_REJECT_TITLE, number(proposalId)),
                messages.get(MessageKey.REVIEW_REJECT),
                List.of(new ModalForm.TextInput(
                        REASON,
                        messages.get(MessageKey.REVIEW_REJECT_REASON),
                        "",
                        true,
                        SuggestionLimits.REASON,
                        true,
                        "")));
    }

    /** A suggestion's number as typed and as its buttons carry it: MessageFormat would write 1234 as "1,234". */
    static String number(long id) {
        return Long.toString(id);
    }
}
