package dev.skillbot.suggestion;

import dev.skillbot.card.ActionId;
import dev.skillbot.card.Block;
import dev.skillbot.card.Button;
import dev.skillbot.card.Card;
import dev.skillbot.card.Control;
import dev.skillbot.card.Diff;
import dev.skillbot.card.ModalForm;
import dev.skillbot.card.Section;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.i18n.MessageKey;
import dev.skillbot.i18n.Messages;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The cards and forms of the review flow: the review post, its decided state, notices and the rejection form. */
public final class ProposalCards {

    public static final String REASON = "reason";

    private final Catalog catalog;
    private final Messages messages;
    private final ReviewPolicy policy;
    private final ProposalNames names;

    public ProposalCards(Catalog catalog, Messages messages, ReviewPolicy policy) {
        this.catalog = catalog;
        this.messages = messages;
        this.policy = policy;
        this.names = new ProposalNames(catalog, messages.localeTag());
    }

    /** The review post: before/after with changed words marked, and Approve / Reject while it is open. */
    public Card review(Proposal proposal) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Diff(
                messages.get(MessageKey.REVIEW_CHANGE), WordDiff.diff(proposal.oldText(), proposal.newText())));
        sideBySide(proposal).ifPresent(blocks::add);
        if (proposal.oldRequired() != proposal.newRequired()) {
            blocks.add(Section.of(
                    "",
                    null,
                    messages.get(
                            MessageKey.REVIEW_REQUIRED_CHANGE,
                            messages.get(proposal.newRequired() ? MessageKey.REQUIRED : MessageKey.OPTIONAL))));
        }
        if (!proposal.rationale().isEmpty()) {
            blocks.add(Section.of("", null, messages.get(MessageKey.REVIEW_RATIONALE, proposal.rationale())));
        }
        outcome(proposal).ifPresent(text -> blocks.add(Section.of("", null, text)));
        boolean again = proposal.status() == ProposalStatus.NEEDS_ATTENTION;
        List<Control> controls = new ArrayList<>();
        if (proposal.status().awaitsReviewer()) {
            controls.add(new Button(
                    messages.get(again ? MessageKey.REVIEW_TRY_AGAIN : MessageKey.REVIEW_APPROVE),
                    ActionId.of(ActionId.Action.APPROVE, Long.toString(proposal.id())),
                    Button.Style.PRIMARY));
            controls.add(new Button(
                    messages.get(again ? MessageKey.REVIEW_CLOSE : MessageKey.REVIEW_REJECT),
                    ActionId.of(ActionId.Action.REJECT, Long.toString(proposal.id())),
                    Button.Style.DEFAULT));
            suggestAgain(proposal).ifPresent(controls::add);
        }
        String title = messages.get(
                MessageKey.REVIEW_TITLE,
                number(proposal.id()),
                names.skill(proposal),
                names.level(proposal),
                names.role(proposal));
        List<String> context = new ArrayList<>(List.of(messages.get(
                MessageKey.REVIEW_BY,
                proposal.author().displayName(),
                proposal.catalogRevision(),
                LocalDate.ofInstant(proposal.createdAt(), ZoneOffset.UTC).toString())));
        if (proposal.status().awaitsReviewer()) {
            context.add(
                    policy.selfApproval()
                            ? messages.get(MessageKey.REVIEW_WHO_DECIDES_ANYONE)
                            : messages.get(
                                    MessageKey.REVIEW_WHO_DECIDES,
                                    proposal.author().displayName()));
        }
        return new Card(Card.Kind.REVIEW, title, context, List.of(), blocks, controls, title);
    }

    private Optional<String> outcome(Proposal proposal) {
        String by = proposal.verdict().by();
        String note = proposal.verdict().note();
        return switch (proposal.status()) {
            case APPROVING -> Optional.of(messages.get(MessageKey.REVIEW_APPROVING, by));
            case APPROVED -> Optional.of(messages.get(MessageKey.REVIEW_APPROVED, by));
            case REJECTED -> Optional.of(messages.get(MessageKey.REVIEW_REJECTED, by, note));
            case NEEDS_ATTENTION ->
                Optional.of(messages.get(
                        cellChanged(proposal)
                                ? MessageKey.REVIEW_NEEDS_ATTENTION_CELL_CHANGED
                                : MessageKey.REVIEW_NEEDS_ATTENTION,
                        by,
                        notWritten(proposal, true)));
            default -> Optional.empty();
        };
    }

    /**
     * Why an approval was not written, in the reader's language; for reviewers, followed by the writer's own words
     * where they help to fix it. An approval recorded before causes were kept shows its note as it is.
     */
    private String notWritten(Proposal proposal, boolean forReviewers) {
        Proposal.Verdict verdict = proposal.verdict();
        if (verdict.cause() == null) {
            return verdict.note();
        }
        String why = messages.get(verdict.cause().message(), names.skill(proposal));
        return forReviewers
                        && verdict.cause().detailHelpsReviewers()
                        && !verdict.note().isBlank()
                ? why + " (" + verdict.note() + ")"
                : why;
    }

    /** The approval was not written because the cell changed since: only a new suggestion against its text can. */
    private static boolean cellChanged(Proposal proposal) {
        return proposal.status() == ProposalStatus.NEEDS_ATTENTION
                && proposal.verdict().cause() == WriteCause.CELL_CHANGED;
    }

    /** "Suggest edit", opening the form on the cell's current text, where only suggesting again can change it. */
    private Optional<Button> suggestAgain(Proposal proposal) {
        if (!cellChanged(proposal)) {
            return Optional.empty();
        }
        return Optional.of(new Button(
                messages.get(MessageKey.SUGGEST_BUTTON),
                ActionId.of(ActionId.Action.SUGGEST, proposal.skillId(), proposal.levelId(), proposal.roleId()),
                Button.Style.DEFAULT));
    }

    private String cell(Proposal proposal) {
        return names.skill(proposal) + " · " + names.level(proposal) + " · " + names.role(proposal);
    }

    /** What the author is told privately once a reviewer decided. */
    public String authorNotice(Proposal proposal) {
        MessageKey notice = switch (proposal.status()) {
            case APPROVED -> MessageKey.NOTICE_APPROVED;
            case REJECTED -> MessageKey.NOTICE_REJECTED;
            default -> cellChanged(proposal) ? MessageKey.NOTICE_CELL_CHANGED : MessageKey.NOTICE_NEEDS_ATTENTION;
        };
        String why = proposal.status() == ProposalStatus.NEEDS_ATTENTION
                ? notWritten(proposal, false)
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
                suggestAgain(proposal).<List<Control>>map(List::of).orElse(List.of());
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
                    outcome(already.proposal()).orElse(""));
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

    /**
     * A suggestion on a translation shows the default language's text beside the proposed one, so a reviewer
     * can check that the two say the same.
     */
    private Optional<Section> sideBySide(Proposal proposal) {
        String defaultLocale = catalog.locales().defaultLocale();
        if (proposal.locale() == null || proposal.locale().equals(defaultLocale)) {
            return Optional.empty();
        }
        Optional<String> original = catalog.skill(proposal.skillId())
                .flatMap(skill ->
                        catalog.level(proposal.levelId()).flatMap(level -> skill.expectation(level, proposal.roleId())))
                .map(cell -> cell.text());
        String from = names.language(defaultLocale);
        String to = names.language(proposal.locale());
        return original.map(text -> new Section(
                "",
                null,
                messages.get(MessageKey.REVIEW_LANGUAGES, from, to),
                List.of(new Section.Field(from, null, text), new Section.Field(to, null, proposal.newText()))));
    }

    /** A suggestion's number as typed and as its buttons carry it: MessageFormat would write 1234 as "1,234". */
    static String number(long id) {
        return Long.toString(id);
    }
}
