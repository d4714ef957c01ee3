package dev.skillbot.suggestion;

/** What a user submitted from the suggestion form, before any check; line breaks normalised, ends stripped. */
public record ProposalDraft(String skillId, String levelId, String roleId, String text, boolean required, String rationale) {

    public ProposalDraft {
        skillId = skillId == null ? "" : skillId;
        levelId = levelId == null ? "" : levelId;
        roleId = roleId == null ? "" : roleId;
        text = text == null ? "" : UnsafeText.normalizeLineBreaks(text).strip();
        rationale = rationale == null ? "" : UnsafeText.normalizeLineBreaks(rationale).strip();
    }
}
