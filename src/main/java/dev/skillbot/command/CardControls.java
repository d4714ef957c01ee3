package dev.skillbot.command;

import dev.skillbot.card.ActionId;
import dev.skillbot.card.Button;
import dev.skillbot.card.Control;
import dev.skillbot.card.Select;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.Level;
import dev.skillbot.catalog.Role;
import dev.skillbot.catalog.Skill;
import dev.skillbot.i18n.MessageKey;
import dev.skillbot.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The buttons and selects skill cards share: suggest, follow, open in browser, the level picker and
 * the role filter. A control that shows another card carries that card's command text in its
 * {@link ActionId}, so every platform answers a click as it would the typed command.
 */
final class CardControls {

    private final Catalog catalog;
    private final Messages messages;
    private final Permalinks permalinks;

    CardControls(Catalog catalog, Messages messages, Permalinks permalinks) {
        this.catalog = catalog;
        this.messages = messages;
        this.permalinks = permalinks;
    }

    private String locale() {
        return messages.localeTag();
    }

    /** "Open in browser" to the page at {@code path} (a {@link SkillLinks} path), when the site's address is known. */
    void openInBrowser(List<Control> controls, String path) {
        permalinks.button(messages.get(MessageKey.BUTTON_OPEN_IN_BROWSER), path).ifPresent(controls::add);
    }

    Button suggestButton(Skill skill, Level level, Optional<Role> role) {
        return SuggestionFormBuilder.openButton(
                messages, skill.id(), level.id(), role.map(Role::id).orElse(""));
    }

    Button followButton(Skill skill) {
        return new Button(
                messages.get(MessageKey.FOLLOW_BUTTON),
                ActionId.of(ActionId.Action.FOLLOW, skill.id()),
                Button.Style.DEFAULT);
    }

    /** A select whose options open the same skill at each level, keeping the role filter. */
    Select levelPicker(Skill skill, Optional<Level> selected, Optional<Role> role) {
        List<Select.Option> options = catalog.levels().stream()
                .map(level -> new Select.Option(
                        level.name(locale()),
                        show(CommandText.level(skill, level, role)),
                        selected.map(level::equals).orElse(false)))
                .toList();
        return new Select(messages.get(MessageKey.SELECT_LEVEL), ActionId.of(ActionId.Action.PICK, "level"), options);
    }

    /** A select that narrows a card to one role, or shows all roles again. */
    Select roleFilter(Skill skill, Optional<Role> selected, Function<Optional<Role>, String> commandFor) {
        List<Select.Option> options = new ArrayList<>();
        options.add(new Select.Option(
                messages.get(MessageKey.SELECT_ALL_ROLES),
                show(commandFor.apply(Optional.empty())),
                selected.isEmpty()));
        for (Role role : catalog.rolesOf(skill)) {
            options.add(new Select.Option(
                    role.name(locale()),
                    show(commandFor.apply(Optional.of(role))),
                    selected.map(role::equals).orElse(false)));
        }
        return new Select(messages.get(MessageKey.SELECT_ROLE), ActionId.of(ActionId.Action.PICK, "role"), options);
    }

    static ActionId show(String commandText) {
        return ActionId.of(ActionId.Action.SHOW, commandText);
    }

    static ActionId share(String commandText) {
        return ActionId.of(ActionId.Action.SHARE, commandText);
    }
}
