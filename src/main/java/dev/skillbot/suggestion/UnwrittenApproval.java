package dev.skillbot.suggestion;

import dev.skillbot.card.Button;
import dev.skillbot.command.SuggestionFormBuilder;
import dev.skillbot.i18n.Messages;
import java.util.Optional;

/** An approval that could not be written to the catalog: why, in the reader's language, and what can still help. */
final class UnwrittenApproval {

    private final Messages messages;
    private final ProposalNames names;

    UnwrittenApproval(Messages messages, ProposalNames names) {
        this.messages = messages;
        this.names = names;
    }

    /**
     * Why an approval was not written, in the reader's language; for reviewers, followed by the writer's own words
     * where they help to fix it. An approval recorded before causes were kept shows its note as it is.
     */
    String why(Proposal proposal, boolean forReviewers) {
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
    static boolean cellChanged(Proposal proposal) {
        return proposal.status() == ProposalStatus.NEEDS_ATTENTION
                && proposal.verdict().cause() == WriteCause.CELL_CHANGED;
    }

    /** "Suggest edit", opening the form on the cell's current text, where only suggesting again can change it. */
    Optional<Button> suggestAgain(Proposal proposal) {
        if (!cellChanged(proposal)) {
            return Optional.empty();
        }
        return Optional.of(
                SuggestionFormBuilder.openButton(messages, proposal.skillId(), proposal.levelId(), proposal.roleId()));
    }
}
