package dev.skillbot.suggestion;

import dev.skillbot.command.SuggestionFormBuilder;
import dev.skillbot.i18n.MessageKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the values of a submitted suggestion form, whatever platform sent them. The values come
 * from a signed payload, not from the form Skillbot drew, so nothing the form restricted is assumed.
 */
public final class SubmittedForm {

    private static final int MAX_ID = 64;

    private SubmittedForm() {}

    /** The draft the values describe, or why they cannot describe one. */
    public static Read read(String skillId, Map<String, String> values) {
        return read(skillId, "", values);
    }

    /** As {@link #read(String, Map)}, for a form that edits the text in {@code locale} (blank: the default language). */
    public static Read read(String skillId, String locale, Map<String, String> values) {
        String required = values.getOrDefault(SuggestionFormBuilder.REQUIRED, "true");
        if (!"true".equals(required) && !"false".equals(required)) {
            return new Read(
                    Optional.empty(),
                    Optional.of(refused(SuggestionFormBuilder.REQUIRED, MessageKey.SUGGEST_INVALID_CHOICE)));
        }
        String level = values.getOrDefault(SuggestionFormBuilder.LEVEL, "");
        String role = values.getOrDefault(SuggestionFormBuilder.ROLE, "");
        if (skillId == null
                || skillId.length() > MAX_ID
                || level.length() > MAX_ID
                || role.length() > MAX_ID
                || locale.length() > MAX_ID) {
            return new Read(
                    Optional.empty(),
                    Optional.of(refused(SuggestionFormBuilder.ROLE, MessageKey.SUGGEST_INVALID_CHOICE)));
        }
        return new Read(
                Optional.of(new ProposalDraft(
                        skillId,
                        level,
                        role,
                        values.getOrDefault(SuggestionFormBuilder.TEXT, ""),
                        Boolean.parseBoolean(required),
                        values.getOrDefault(SuggestionFormBuilder.RATIONALE, ""),
                        locale.isBlank() ? null : locale)),
                Optional.empty());
    }

    /** A draft, or the refusal of the form. */
    public record Read(Optional<ProposalDraft> draft, Optional<Submission.Refused> refusal) {}

    private static Submission.Refused refused(String field, MessageKey key) {
        return new Submission.Refused(field, key, List.of());
    }
}
