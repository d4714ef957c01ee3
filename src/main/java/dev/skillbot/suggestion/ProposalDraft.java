package dev.skillbot.suggestion;

/**
 * What a user submitted from the suggestion form, before any check; line breaks normalised, ends stripped.
 * {@code locale} is the language of the text edited (the one the card was read in); null means the catalog's default.
 */
public record ProposalDraft(
        String skillId, String levelId, String roleId, String text, boolean required, String rationale, String locale) {

    public ProposalDraft(
            String skillId, String levelId, String roleId, String text, boolean required, String rationale) {
        this(skillId, levelId, roleId, text, required, rationale, null);
    }

    public ProposalDraft {
        skillId = skillId == null ? "" : skillId;
        levelId = levelId == null ? "" : levelId;
        roleId = roleId == null ? "" : roleId;
        text = text == null ? "" : UnsafeText.normalizeLineBreaks(text).strip();
        rationale = rationale == null
                ? ""
                : UnsafeText.normalizeLineBreaks(rationale).strip();
    }
}
