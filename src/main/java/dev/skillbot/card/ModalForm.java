package dev.skillbot.card;

import java.util.List;

/**
 * A dialog: a title, inputs and a submit button. Submitting it sends the values of its inputs,
 * keyed by input id, together with its {@code callback} id.
 */
public record ModalForm(ActionId callback, String title, String submitLabel, List<Input> inputs) {

    public ModalForm {
        inputs = List.copyOf(inputs);
    }

    public sealed interface Input permits TextInput, ChoiceInput {

        String id();

        String label();
    }

    /** Free text, prefilled with {@code value}; {@code maxLength} is enforced by the platform where it can be. */
    public record TextInput(
            String id,
            String label,
            String value,
            boolean multiline,
            int maxLength,
            boolean required,
            String placeholder)
            implements Input {}

    /** One choice out of a few, with the current one preselected. */
    public record ChoiceInput(String id, String label, List<Choice> choices, String selected) implements Input {

        public ChoiceInput {
            choices = List.copyOf(choices);
        }
    }

    public record Choice(String label, String value) {}
}
