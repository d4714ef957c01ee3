package dev.skillbot.suggestion;

import dev.skillbot.command.SuggestionFormBuilder;
import java.util.Map;

/** Reads the values of a submitted suggestion form, whatever platform sent them. */
public final class SubmittedForm {

    private SubmittedForm() {
    }

    public static ProposalDraft draft(String skillId, Map<String, String> values) {
        return new ProposalDraft(skillId,
                values.getOrDefault(SuggestionFormBuilder.LEVEL, ""),
                values.getOrDefault(SuggestionFormBuilder.ROLE, ""),
                values.getOrDefault(SuggestionFormBuilder.TEXT, ""),
                Boolean.parseBoolean(values.getOrDefault(SuggestionFormBuilder.REQUIRED, "true")),
                values.getOrDefault(SuggestionFormBuilder.RATIONALE, ""));
    }
}
