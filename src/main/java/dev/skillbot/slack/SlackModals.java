package dev.skillbot.slack;

import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.PlainTextInputElement;
import com.slack.api.model.block.element.StaticSelectElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import dev.skillbot.card.ModalForm;
import dev.skillbot.card.TextCut;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@link ModalForm} as a Slack modal, and the submitted values back by input id. Each input is
 * an input block whose {@code block_id} and {@code action_id} are the input id, so
 * {@code response_action: errors} can point at it. Titles and the submit label fit in 24
 * characters, prefilled text in the input's {@code max_length}, options in 75 / 150 characters.
 */
final class SlackModals {

    static final int TITLE_MAX = 24;
    static final int MAX_BLOCKS = 100;
    static final int LABEL_MAX = 2000;
    static final int INPUT_MAX = 3000;
    static final int METADATA_MAX = 3000;

    private SlackModals() {}

    /** The modal; {@code privateMetadata} comes back with the submission (at most 3000 characters). */
    static View view(ModalForm form, String privateMetadata) {
        if (privateMetadata.length() > METADATA_MAX) {
            throw new IllegalArgumentException("private_metadata over " + METADATA_MAX + " characters");
        }
        List<LayoutBlock> blocks = new ArrayList<>();
        for (ModalForm.Input input : form.inputs()) {
            if (blocks.size() == MAX_BLOCKS) {
                break;
            }
            blocks.add(InputBlock.builder()
                    .blockId(input.id())
                    .label(SlackText.plain(input.label(), LABEL_MAX))
                    .element(element(input))
                    .optional(input instanceof ModalForm.TextInput text && !text.required())
                    .build());
        }
        return View.builder()
                .type("modal")
                .callbackId(form.callback().encode())
                .title(ViewTitle.builder()
                        .type("plain_text")
                        .text(SlackText.fit(form.title(), TITLE_MAX, SlackText.ELLIPSIS))
                        .build())
                .submit(ViewSubmit.builder()
                        .type("plain_text")
                        .text(SlackText.fit(form.submitLabel(), TITLE_MAX, SlackText.ELLIPSIS))
                        .build())
                .privateMetadata(privateMetadata)
                .blocks(blocks)
                .build();
    }

    private static BlockElement element(ModalForm.Input input) {
        if (input instanceof ModalForm.TextInput text) {
            int max = Math.max(1, Math.min(text.maxLength(), INPUT_MAX));
            // Values are raw text, not markup: prefilled as they are, only cut to what the input accepts.
            String value = text.value() == null || text.value().isEmpty() ? null : cut(text.value(), max);
            return PlainTextInputElement.builder()
                    .actionId(text.id())
                    .multiline(text.multiline())
                    .maxLength(max)
                    .initialValue(value)
                    .placeholder(
                            text.placeholder() == null || text.placeholder().isBlank()
                                    ? null
                                    : SlackText.plain(text.placeholder(), SlackControls.PLACEHOLDER_MAX))
                    .build();
        }
        ModalForm.ChoiceInput choice = (ModalForm.ChoiceInput) input;
        List<OptionObject> options = new ArrayList<>();
        Set<String> values = new HashSet<>();
        OptionObject initial = null;
        for (ModalForm.Choice each : choice.choices()) {
            if (options.size() == SlackControls.OPTIONS_MAX
                    || each.value().length() > SlackControls.OPTION_VALUE_MAX
                    || !values.add(each.value())) {
                continue;
            }
            OptionObject option = OptionObject.builder()
                    .text(SlackText.plain(each.label(), SlackControls.OPTION_TEXT_MAX))
                    .value(each.value())
                    .build();
            options.add(option);
            if (each.value().equals(choice.selected())) {
                initial = option;
            }
        }
        return StaticSelectElement.builder()
                .actionId(choice.id())
                .placeholder(SlackText.plain(choice.label(), SlackControls.PLACEHOLDER_MAX))
                .options(options)
                .initialOption(initial)
                .build();
    }

    /** The submitted values by input id: typed text, or the chosen option's value. */
    static Map<String, String> values(ViewState state) {
        Map<String, String> values = new LinkedHashMap<>();
        if (state == null || state.getValues() == null) {
            return values;
        }
        state.getValues().forEach((blockId, actions) -> {
            ViewState.Value value = actions == null ? null : actions.get(blockId);
            if (value == null) {
                return;
            }
            // An option without a value counts as nothing chosen, so the form asks for it again.
            String submitted = value.getSelectedOption() != null
                    ? value.getSelectedOption().getValue()
                    : value.getValue();
            if (submitted != null) {
                values.put(blockId, submitted);
            }
        });
        return values;
    }

    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        return text.substring(0, TextCut.end(text, max));
    }
}
