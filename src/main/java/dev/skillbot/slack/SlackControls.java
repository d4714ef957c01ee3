package dev.skillbot.slack;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.block.element.CheckboxesElement;
import com.slack.api.model.block.element.StaticSelectElement;
import dev.skillbot.card.ActionId;
import dev.skillbot.card.Button;
import dev.skillbot.card.Choices;
import dev.skillbot.card.Control;
import dev.skillbot.card.LinkButton;
import dev.skillbot.card.Select;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A card's controls as actions blocks, checkboxes first, then buttons, then selects: at most 25 elements a
 * block, every action id unique within the message, every label and option within its limit.
 */
final class SlackControls {

    static final int ELEMENTS_MAX = 25;
    static final int BUTTON_TEXT_MAX = 75;
    static final int ACTION_ID_MAX = 255;
    static final int OPTIONS_MAX = 100;
    static final int OPTION_TEXT_MAX = 75;
    static final int OPTION_VALUE_MAX = 150;
    static final int CHECKBOXES_MAX = 10;
    static final int PLACEHOLDER_MAX = 150;
    static final int URL_MAX = 3000;

    List<LayoutBlock> render(List<Control> controls) {
        Set<String> actionIds = new HashSet<>();
        List<BlockElement> buttons = new ArrayList<>();
        List<BlockElement> selects = new ArrayList<>();
        List<BlockElement> choices = new ArrayList<>();
        for (Control control : controls) {
            if (control instanceof Button button) {
                button(button, actionIds).ifPresent(buttons::add);
            } else if (control instanceof Select select) {
                select(select, actionIds).ifPresent(selects::add);
            } else if (control instanceof LinkButton link) {
                link(link, actionIds).ifPresent(buttons::add);
            } else if (control instanceof Choices each) {
                checkboxes(each, actionIds).ifPresent(choices::add);
            }
        }
        List<LayoutBlock> blocks = new ArrayList<>();
        addActions(blocks, choices);
        addActions(blocks, buttons);
        addActions(blocks, selects);
        return blocks;
    }

    private static Optional<BlockElement> button(Button button, Set<String> actionIds) {
        String actionId = button.id().encode();
        if (actionId.length() > ACTION_ID_MAX || !actionIds.add(actionId)) {
            return Optional.empty();
        }
        return Optional.of(ButtonElement.builder()
                .text(SlackText.plain(button.label(), BUTTON_TEXT_MAX))
                .actionId(actionId)
                .style(button.style() == Button.Style.PRIMARY ? "primary" : null)
                .build());
    }

    /** A URL button: Slack opens it and still sends the click, which the OPEN route acknowledges. */
    private static Optional<BlockElement> link(LinkButton link, Set<String> actionIds) {
        String actionId = ActionId.of(ActionId.Action.OPEN, String.valueOf(actionIds.size()))
                .encode();
        if (link.url().length() > URL_MAX || !actionIds.add(actionId)) {
            return Optional.empty();
        }
        return Optional.of(ButtonElement.builder()
                .text(SlackText.plain(link.label(), BUTTON_TEXT_MAX))
                .url(link.url())
                .actionId(actionId)
                .build());
    }

    private static Optional<BlockElement> select(Select select, Set<String> actionIds) {
        String actionId = select.id().encode();
        List<OptionObject> options = new ArrayList<>();
        Set<String> values = new HashSet<>();
        OptionObject initial = null;
        for (Select.Option option : select.options()) {
            String value = option.value().encode();
            if (options.size() == OPTIONS_MAX || value.length() > OPTION_VALUE_MAX || !values.add(value)) {
                continue;
            }
            OptionObject rendered = OptionObject.builder()
                    .text(SlackText.plain(option.label(), OPTION_TEXT_MAX))
                    .value(value)
                    .build();
            options.add(rendered);
            if (option.selected() && initial == null) {
                initial = rendered;
            }
        }
        if (options.isEmpty() || actionId.length() > ACTION_ID_MAX || !actionIds.add(actionId)) {
            return Optional.empty();
        }
        return Optional.of(StaticSelectElement.builder()
                .placeholder(SlackText.plain(select.placeholder(), PLACEHOLDER_MAX))
                .actionId(actionId)
                .options(options)
                .initialOption(initial)
                .build());
    }

    /** Choices as checkboxes, the ones chosen as {@code initial_options} (left out when none: Slack refuses an empty list). */
    private static Optional<BlockElement> checkboxes(Choices choices, Set<String> actionIds) {
        String actionId = choices.id().encode();
        if (actionId.length() > ACTION_ID_MAX || !actionIds.add(actionId)) {
            return Optional.empty();
        }
        List<OptionObject> options = new ArrayList<>();
        List<OptionObject> initial = new ArrayList<>();
        for (Choices.Option option :
                choices.options().stream().limit(CHECKBOXES_MAX).toList()) {
            OptionObject rendered = OptionObject.builder()
                    .text(SlackText.plain(option.label(), OPTION_TEXT_MAX))
                    .description(
                            option.description().isBlank()
                                    ? null
                                    : SlackText.plain(option.description(), OPTION_TEXT_MAX))
                    .value(option.value())
                    .build();
            options.add(rendered);
            if (option.selected()) {
                initial.add(rendered);
            }
        }
        return Optional.of(CheckboxesElement.builder()
                .actionId(actionId)
                .options(options)
                .initialOptions(initial.isEmpty() ? null : initial)
                .build());
    }

    private static void addActions(List<LayoutBlock> blocks, List<BlockElement> elements) {
        for (int from = 0; from < elements.size(); from += ELEMENTS_MAX) {
            List<BlockElement> row =
                    new ArrayList<>(elements.subList(from, Math.min(elements.size(), from + ELEMENTS_MAX)));
            blocks.add(ActionsBlock.builder().elements(row).build());
        }
    }
}
