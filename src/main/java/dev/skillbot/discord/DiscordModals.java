package dev.skillbot.discord;

import static dev.skillbot.discord.DiscordLimits.MODAL_COMPONENTS;
import static dev.skillbot.discord.DiscordLimits.MODAL_LABEL;
import static dev.skillbot.discord.DiscordLimits.MODAL_TITLE;
import static dev.skillbot.discord.DiscordLimits.SELECT_OPTIONS;
import static dev.skillbot.discord.DiscordLimits.SELECT_OPTION_TEXT;
import static dev.skillbot.discord.DiscordLimits.TEXT_INPUT_PLACEHOLDER;
import static dev.skillbot.discord.DiscordLimits.TEXT_INPUT_VALUE;

import dev.skillbot.card.ModalForm;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.label.LabelChildComponent;
import net.dv8tion.jda.api.components.selections.SelectOption;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.exceptions.ParsingException;
import net.dv8tion.jda.api.interactions.modals.ModalInteraction;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.modals.Modal;

/**
 * A {@link ModalForm} as a Discord modal, and a submitted modal's values by input id. Each input
 * is wrapped in a {@link Label}: text as a text input (prefilled, with its maximum length), a
 * choice as a string select with the current value preselected. Title and labels are cut to 45
 * characters, inputs to five, options to 25 (always keeping the preselected one).
 */
final class DiscordModals {

    private DiscordModals() {}

    static Modal render(ModalForm form) {
        List<Label> labels = new ArrayList<>();
        for (ModalForm.Input input : form.inputs()) {
            if (labels.size() == MODAL_COMPONENTS) {
                break;
            }
            child(input).ifPresent(child -> labels.add(Label.of(clip(input.label(), MODAL_LABEL), child)));
        }
        return Modal.create(form.callback().encode(), clip(form.title(), MODAL_TITLE))
                .addComponents(labels)
                .build();
    }

    /**
     * The submitted values: a text input's text, a select's chosen value ("" when none was chosen). JDA reads a
     * value only when asked and throws when Discord sent none or one of another type: such a field counts as not
     * filled in, and the form's own checks answer for it.
     */
    static Map<String, String> values(ModalInteraction event) {
        Map<String, String> values = new LinkedHashMap<>();
        for (ModalMapping mapping : event.getValues()) {
            try {
                value(mapping).ifPresent(value -> values.put(mapping.getCustomId(), value));
            } catch (ParsingException unreadable) {
                // not filled in
            }
        }
        return values;
    }

    private static Optional<String> value(ModalMapping mapping) {
        return switch (mapping.getType()) {
            case TEXT_INPUT -> Optional.of(mapping.getAsString());
            case STRING_SELECT -> {
                List<String> chosen = mapping.getAsStringList();
                yield Optional.of(chosen.isEmpty() ? "" : chosen.get(0));
            }
            default -> Optional.empty();
        };
    }

    private static Optional<LabelChildComponent> child(ModalForm.Input input) {
        if (input instanceof ModalForm.TextInput text) {
            return Optional.of(text(text));
        }
        return choice((ModalForm.ChoiceInput) input);
    }

    private static TextInput text(ModalForm.TextInput input) {
        int max = Math.max(1, Math.min(input.maxLength(), TEXT_INPUT_VALUE));
        TextInput.Builder text = TextInput.create(
                        input.id(), input.multiline() ? TextInputStyle.PARAGRAPH : TextInputStyle.SHORT)
                .setMaxLength(max)
                .setRequired(input.required());
        if (!input.value().isEmpty()) {
            text.setValue(DiscordText.clip(input.value(), max));
        }
        if (!input.placeholder().isBlank()) {
            text.setPlaceholder(clip(input.placeholder(), TEXT_INPUT_PLACEHOLDER));
        }
        return text.build();
    }

    private static Optional<LabelChildComponent> choice(ModalForm.ChoiceInput input) {
        List<ModalForm.Choice> usable = input.choices().stream()
                .filter(choice -> !choice.value().isEmpty() && choice.value().length() <= SELECT_OPTION_TEXT)
                .toList();
        if (usable.isEmpty()) {
            return Optional.empty();
        }
        List<ModalForm.Choice> shown = new ArrayList<>(usable.subList(0, Math.min(usable.size(), SELECT_OPTIONS)));
        usable.stream()
                .filter(choice -> choice.value().equals(input.selected()))
                .findFirst()
                .filter(selected -> !shown.contains(selected))
                .ifPresent(selected -> shown.set(shown.size() - 1, selected));
        StringSelectMenu.Builder menu = StringSelectMenu.create(input.id()).setRequiredRange(1, 1);
        shown.forEach(
                choice -> menu.addOptions(SelectOption.of(clip(choice.label(), SELECT_OPTION_TEXT), choice.value())));
        if (shown.stream().anyMatch(choice -> choice.value().equals(input.selected()))) {
            menu.setDefaultValues(input.selected());
        }
        return Optional.of(menu.build());
    }

    private static String clip(String text, int max) {
        String clipped = DiscordText.clip(text.strip(), max);
        return clipped.isEmpty() ? DiscordText.ELLIPSIS : clipped;
    }
}
