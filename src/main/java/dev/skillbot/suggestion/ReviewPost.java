package dev.skillbot.suggestion;

import dev.skillbot.card.ActionId;
import dev.skillbot.card.Block;
import dev.skillbot.card.Button;
import dev.skillbot.card.Card;
import dev.skillbot.card.Control;
import dev.skillbot.card.Diff;
import dev.skillbot.card.Section;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.i18n.MessageKey;
import dev.skillbot.i18n.Messages;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The review post of a suggestion, as the review channel shows it while it is open and once it is decided. */
final class ReviewPost {

    private final Catalog catalog;
    private final Messages messages;
    private final ReviewPolicy policy;
    private final ProposalNames names;
    private final UnwrittenApproval unwritten;

    ReviewPost(Catalog catalog, Messages messages, ReviewPolicy policy, ProposalNames names) {
        this.catalog = catalog;
        this.messages = messages;
        this.policy = policy;
        this.names = names;
        this.unwritten = new UnwrittenApproval(messages, names);
    }

    /** The review post: before/after with changed words marked, and Approve / Reject while it is open. */
    Card card(Proposal proposal) {
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
            unwritten.suggestAgain(proposal).ifPresent(controls::add);
        }
        String title = messages.get(
                MessageKey.REVIEW_TITLE,
                ProposalCards.number(proposal.id()),
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

    /** What became of the suggestion, once a reviewer decided; empty while it is open. */
    Optional<String> outcome(Proposal proposal) {
        String by = proposal.verdict().by();
        String note = proposal.verdict().note();
        return switch (proposal.status()) {
            case APPROVING -> Optional.of(messages.get(MessageKey.REVIEW_APPROVING, by));
            case APPROVED -> Optional.of(messages.get(MessageKey.REVIEW_APPROVED, by));
            case REJECTED -> Optional.of(messages.get(MessageKey.REVIEW_REJECTED, by, note));
            case NEEDS_ATTENTION ->
                Optional.of(messages.get(
                        UnwrittenApproval.cellChanged(proposal)
                                ? MessageKey.REVIEW_NEEDS_ATTENTION_CELL_CHANGED
                                : MessageKey.REVIEW_NEEDS_ATTENTION,
                        by,
                        unwritten.why(proposal, true)));
            default -> Optional.empty();
        };
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
}
