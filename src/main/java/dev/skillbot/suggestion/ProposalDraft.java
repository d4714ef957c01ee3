package dev.skillbot.suggestion;

/** What a user submitted from the suggestion form, before any check. */
public record ProposalDraft(String skillId, String levelId, String roleId, String text, boolean required, String rationale) {

    public ProposalDraft {
        text = text == null ? "" : text.strip();
        rationale = rationale == null ? "" : rationale.strip();
    }
}
