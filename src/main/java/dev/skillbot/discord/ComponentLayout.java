package dev.skillbot.discord;

import static dev.skillbot.discord.DiscordLimits.ACTION_ROWS;
import static dev.skillbot.discord.DiscordLimits.BUTTONS_PER_ROW;
import static dev.skillbot.discord.DiscordLimits.BUTTON_LABEL;
import static dev.skillbot.discord.DiscordLimits.SELECT_OPTIONS;
import static dev.skillbot.discord.DiscordLimits.SELECT_OPTION_TEXT;
import static dev.skillbot.discord.DiscordLimits.SELECT_PLACEHOLDER;

import dev.skillbot.card.ActionId;
import dev.skillbot.card.Choices;
import dev.skillbot.card.Control;
import dev.skillbot.card.LinkButton;
import dev.skillbot.card.Select;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.buttons.ButtonStyle;
import net.dv8tion.jda.api.components.selections.SelectOption;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;

/**
 * A card's controls as action rows: buttons five to a row, then a multi-select per set of
 * {@link Choices}, then one select per row. A select with
 * more than 25 options continues in further selects while rows remain. Every custom id is an
 * {@link ActionId}, unique within the message; a control repeating an id already shown is dropped.
 */
final class ComponentLayout {

    private ComponentLayout() {}

    static List<ActionRow> layout(List<Control> controls) {
        Set<String> ids = new HashSet<>();
        List<Button> buttons = new ArrayList<>();
        for (Control control : controls) {
            if (control instanceof dev.skillbot.card.Button button
                    && ids.add(button.id().encode())) {
                buttons.add(button(button));
            } else if (control instanceof LinkButton link && link.url().length() <= DiscordLimits.BUTTON_URL) {
                buttons.add(Button.link(link.url(), label(link.label(), BUTTON_LABEL)));
            }
        }
        List<ActionRow> rows = new ArrayList<>();
        for (int i = 0; i < buttons.size() && rows.size() < ACTION_ROWS; i += BUTTONS_PER_ROW) {
            rows.add(ActionRow.of(buttons.subList(i, Math.min(buttons.size(), i + BUTTONS_PER_ROW))));
        }
        for (Control control : controls) {
            if (control instanceof Choices choices
                    && rows.size() < ACTION_ROWS
                    && ids.add(choices.id().encode())) {
                rows.add(ActionRow.of(multiSelect(choices)));
            }
        }
        for (Control control : controls) {
            if (control instanceof Select select) {
                selects(select, ids).stream()
                        .limit(ACTION_ROWS - rows.size())
                        .map(ActionRow::of)
                        .forEach(rows::add);
            }
        }
        return rows;
    }

    private static Button button(dev.skillbot.card.Button button) {
        ButtonStyle style = button.style() == dev.skillbot.card.Button.Style.PRIMARY
                ? ButtonStyle.PRIMARY
                : button.id().action() == ActionId.Action.SHARE ? ButtonStyle.SUCCESS : ButtonStyle.SECONDARY;
        return Button.of(style, button.id().encode(), label(button.label(), BUTTON_LABEL));
    }

    /** Choices as one menu taking none to all of its options, the chosen ones preselected; each change sends them all. */
    private static StringSelectMenu multiSelect(Choices choices) {
        List<SelectOption> options = choices.options().stream()
                .map(option -> {
                    SelectOption each = SelectOption.of(label(option.label(), SELECT_OPTION_TEXT), option.value());
                    return option.description().isBlank()
                            ? each
                            : each.withDescription(label(option.description(), SELECT_OPTION_TEXT));
                })
                .toList();
        return StringSelectMenu.create(choices.id().encode())
                .setPlaceholder(label(choices.placeholder(), SELECT_PLACEHOLDER))
                .addOptions(options)
                .setMinValues(0)
                .setMaxValues(options.size())
                .setDefaultValues(choices.options().stream()
                        .filter(Choices.Option::selected)
                        .map(Choices.Option::value)
                        .toList())
                .build();
    }

    private static List<StringSelectMenu> selects(Select select, Set<String> ids) {
        Map<String, Select.Option> options = new LinkedHashMap<>();
        select.options().forEach(option -> options.putIfAbsent(option.value().encode(), option));
        List<Select.Option> unique = List.copyOf(options.values());
        int parts = (unique.size() + SELECT_OPTIONS - 1) / SELECT_OPTIONS;
        List<StringSelectMenu> menus = new ArrayList<>();
        for (int part = 0; part < parts; part++) {
            String id = uniqueId(select.id(), part, ids);
            if (id == null) {
                break;
            }
            List<Select.Option> chunk =
                    unique.subList(part * SELECT_OPTIONS, Math.min(unique.size(), (part + 1) * SELECT_OPTIONS));
            String placeholder =
                    parts == 1 ? select.placeholder() : select.placeholder() + " (" + (part + 1) + "/" + parts + ")";
            StringSelectMenu.Builder menu =
                    StringSelectMenu.create(id).setPlaceholder(label(placeholder, SELECT_PLACEHOLDER));
            chunk.forEach(option -> menu.addOptions(SelectOption.of(
                    label(option.label(), SELECT_OPTION_TEXT), option.value().encode())));
            chunk.stream()
                    .filter(Select.Option::selected)
                    .findFirst()
                    .ifPresent(option -> menu.setDefaultValues(option.value().encode()));
            menus.add(menu.build());
        }
        return menus;
    }

    /** The select's id, or for its continuations the id with a part number, unique in the message. */
    private static String uniqueId(ActionId base, int part, Set<String> ids) {
        for (int suffix = part; suffix < part + SELECT_OPTIONS; suffix++) {
            ActionId id = suffix == 0
                    ? base
                    : new ActionId(
                            base.action(),
                            Stream.concat(base.args().stream(), Stream.of(String.valueOf(suffix + 1)))
                                    .toList());
            String encoded = id.encode();
            if (encoded.length() <= ActionId.MAX_LENGTH && ids.add(encoded)) {
                return encoded;
            }
        }
        return null;
    }

    private static String label(String text, int max) {
        String clipped = DiscordText.clip(text.strip(), max);
        return clipped.isEmpty() ? DiscordText.ELLIPSIS : clipped;
    }
}
