package dev.skillbot.suggestion;

import dev.skillbot.card.TextCut;
import dev.skillbot.catalog.Skill;
import java.util.Locale;

/**
 * The commit message of an approved edit. User text (the rationale, names) is folded onto one line
 * behind a label, so no line of it can start a header or a trailer; the last paragraph holds only
 * Skillbot's own trailer, which ties the commit to its proposal.
 */
final class CommitMessage {

    static final int MAX_RATIONALE = 300;

    private CommitMessage() {}

    static String of(Proposal proposal, Skill skill) {
        StringBuilder message = new StringBuilder()
                .append("Update ")
                .append(oneLine(skill.name(), 120))
                .append(": ")
                .append(proposal.levelId())
                .append(" / ")
                .append(proposal.roleId())
                .append("\n\n")
                .append("Suggestion #")
                .append(proposal.id())
                .append(" by ")
                .append(Author.cleanName(proposal.author().displayName()))
                .append(" (")
                .append(proposal.author().platform().name().toLowerCase(Locale.ROOT))
                .append("), made against catalog revision ")
                .append(oneLine(proposal.catalogRevision(), 64))
                .append('.');
        if (!proposal.rationale().isBlank()) {
            message.append("\nRationale: ").append(oneLine(proposal.rationale(), MAX_RATIONALE));
        }
        return message.append("\n\n")
                .append(CatalogHistory.PROPOSAL_TRAILER)
                .append(": ")
                .append(proposal.id())
                .append('\n')
                .toString();
    }

    /** Every run of white space and control characters becomes one space; long text is cut with an ellipsis. */
    static String oneLine(String text, int max) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), max + 1));
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)
                    || Character.isISOControl(c)
                    || Character.getType(c) == Character.FORMAT
                    || c == '\u2028'
                    || c == '\u2029') {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return TextCut.clip(out.toString(), max);
    }
}
