package dev.skillbot.command;

import dev.skillbot.card.ActionId;
import dev.skillbot.card.Button;
import dev.skillbot.card.ModalForm;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.Level;
import dev.skillbot.catalog.Role;
import dev.skillbot.catalog.Skill;
import dev.skillbot.i18n.MessageKey;
import dev.skillbot.i18n.Messages;
import java.util.List;
import java.util.Locale;

/**
 * The "suggest an edit" form for one cell: role and level preset from the card, the current text
 * to edit, the required flag and an optional rationale. Five inputs, Discord's maximum. The text is
 * edited in the language the card was read in, when the catalog has that language, and the form says which.
 */
public final class SuggestionFormBuilder {

    public static final String ROLE = "role";
    public static final String LEVEL = "level";
    public static final String TEXT = "text";
    public static final String REQUIRED = "required";
    public static final String RATIONALE = "rationale";
    public static final int MAX_TEXT = 3000;
    public static final int MAX_RATIONALE = 1000;

    /** "Suggest edit": the button that opens this form on a cell ({@code roleId} empty for the level's first role). */
    public static Button openButton(Messages messages, String skillId, String levelId, String roleId) {
        return openButton(messages.get(MessageKey.SUGGEST_BUTTON), skillId, levelId, roleId);
    }

    /** The button opening the form for a cell, labelled {@code label}. */
    static Button openButton(String label, String skillId, String levelId, String roleId) {
        return new Button(label, ActionId.of(ActionId.Action.SUGGEST, skillId, levelId, roleId), Button.Style.DEFAULT);
    }

    public ModalForm build(Catalog catalog, Skill skill, Level level, Role role, Messages messages) {
        String locale = messages.localeTag();
        String edited =
                catalog.locales().supports(locale) ? locale : catalog.locales().defaultLocale();
        var cell = skill.expectation(level, role.id()).orElseThrow();
        String language = Locale.forLanguageTag(edited).getDisplayName(Locale.forLanguageTag(locale));
        List<ModalForm.Choice> roles = catalog.rolesOf(skill).stream()
                .map(each -> new ModalForm.Choice(each.name(locale), each.id()))
                .toList();
        List<ModalForm.Choice> levels = catalog.levels().stream()
                .map(each -> new ModalForm.Choice(each.name(locale), each.id()))
                .toList();
        List<ModalForm.Choice> required = List.of(
                new ModalForm.Choice(messages.get(MessageKey.REQUIRED), "true"),
                new ModalForm.Choice(messages.get(MessageKey.OPTIONAL), "false"));
        return new ModalForm(
                ActionId.of(ActionId.Action.SUBMIT_SUGGESTION, skill.id(), edited),
                messages.get(MessageKey.SUGGEST_TITLE),
                messages.get(MessageKey.SUGGEST_SUBMIT),
                List.of(
                        new ModalForm.ChoiceInput(ROLE, messages.get(MessageKey.SUGGEST_ROLE), roles, role.id()),
                        new ModalForm.ChoiceInput(LEVEL, messages.get(MessageKey.SUGGEST_LEVEL), levels, level.id()),
                        new ModalForm.TextInput(
                                TEXT,
                                messages.get(MessageKey.SUGGEST_TEXT_IN, language),
                                cell.content().in(edited).text(),
                                true,
                                MAX_TEXT,
                                true,
                                ""),
                        new ModalForm.ChoiceInput(
                                REQUIRED,
                                messages.get(MessageKey.SUGGEST_REQUIRED),
                                required,
                                Boolean.toString(cell.required())),
                        new ModalForm.TextInput(
                                RATIONALE,
                                messages.get(MessageKey.SUGGEST_RATIONALE),
                                "",
                                true,
                                MAX_RATIONALE,
                                false,
                                messages.get(MessageKey.SUGGEST_RATIONALE_HINT))));
    }
}
