package dev.skillbot.command;

import dev.skillbot.card.ActionId;
import dev.skillbot.card.Block;
import dev.skillbot.card.Button;
import dev.skillbot.card.Card;
import dev.skillbot.card.Control;
import dev.skillbot.card.Mark;
import dev.skillbot.card.Section;
import dev.skillbot.card.Select;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.Expectation;
import dev.skillbot.catalog.Level;
import dev.skillbot.catalog.Localized;
import dev.skillbot.catalog.Role;
import dev.skillbot.catalog.Skill;
import dev.skillbot.i18n.MessageKey;
import dev.skillbot.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The pieces every skill card shares: context line, marks, level picker and role filter. */
final class CardParts {

    private final Catalog catalog;
    private final Messages messages;
    private final SuggestionsView suggestions;
    /** Whether a text shown on this card is the default language's, standing in for a missing translation. */
    private boolean fellBack;

    private final Permalinks permalinks;

    CardParts(Catalog catalog, Messages messages, SuggestionsView suggestions) {
        this(catalog, messages, suggestions, Permalinks.NONE);
    }

    CardParts(Catalog catalog, Messages messages, SuggestionsView suggestions, Permalinks permalinks) {
        this.catalog = catalog;
        this.messages = messages;
        this.suggestions = suggestions;
        this.permalinks = permalinks;
    }

    /** "Open in browser" to the page at {@code path} (a {@link SkillLinks} path), when the site's address is known. */
    void openInBrowser(List<Control> controls, String path) {
        permalinks.button(messages.get(MessageKey.BUTTON_OPEN_IN_BROWSER), path).ifPresent(controls::add);
    }

    SuggestionsView suggestions() {
        return suggestions;
    }

    Messages messages() {
        return messages;
    }

    String locale() {
        return messages.localeTag();
    }

    List<String> context(Skill skill, Optional<Role> role) {
        List<String> context = new ArrayList<>();
        String domain =
                catalog.domain(skill.domainId()).map(d -> d.name(locale())).orElse(skill.domainId());
        context.add(domain + " › " + group(skill));
        context.add(messages.get(MessageKey.CONTEXT_ROLES, skill.roleIds().size()));
        context.add(messages.get(MessageKey.CONTEXT_COUNTS, skill.requiredCount(), skill.optionalCount()));
        role.ifPresent(r -> context.add(messages.get(MessageKey.CONTEXT_ROLE_FILTER, r.name(locale()))));
        context.add(messages.get(MessageKey.CONTEXT_UPDATED, skill.updated().toString()));
        context.add(messages.get(MessageKey.CONTEXT_REVISION, catalog.revision()));
        long open = openSuggestions(skill);
        if (open > 0) {
            context.add(messages.get(MessageKey.CONTEXT_OPEN_SUGGESTIONS, open));
        }
        return context;
    }

    /** Cards never wait for the suggestion store: a count not known yet, or not readable, is left out. */
    private long openSuggestions(Skill skill) {
        try {
            return suggestions.knownOpenCount(skill.id()).orElse(0);
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** A catalog text in the reader's language, remembering when it had to fall back to the default language. */
    String shown(Localized text) {
        Localized.Shown shown = text.in(locale());
        fellBack |= shown.fellBack();
        return shown.text();
    }

    String name(Skill skill) {
        return shown(skill.localizedName());
    }

    String group(Skill skill) {
        return shown(skill.localizedGroup());
    }

    String summary(Skill skill) {
        return shown(skill.localizedSummary());
    }

    List<String> tags(Skill skill) {
        return skill.localizedTags().stream().map(this::shown).toList();
    }

    String text(Expectation cell) {
        return shown(cell.content());
    }

    /** The card with one short line at the end saying that some of it is in the default language, when it is. */
    Card noteFallback(Card card) {
        if (!fellBack) {
            return card;
        }
        Locale language = Locale.forLanguageTag(catalog.locales().defaultLocale());
        String note =
                messages.get(MessageKey.CONTENT_FALLBACK, language.getDisplayLanguage(Locale.forLanguageTag(locale())));
        List<Block> blocks = new ArrayList<>(card.blocks());
        blocks.add(Section.of("", null, note));
        return new Card(
                card.kind(), card.title(), card.context(), card.tags(), blocks, card.controls(), card.fallback());
    }

    Button suggestButton(Skill skill, Level level, Optional<Role> role) {
        return new Button(
                messages.get(MessageKey.SUGGEST_BUTTON),
                ActionId.of(
                        ActionId.Action.SUGGEST,
                        skill.id(),
                        level.id(),
                        role.map(Role::id).orElse("")),
                Button.Style.DEFAULT);
    }

    Button followButton(Skill skill) {
        return new Button(
                messages.get(MessageKey.FOLLOW_BUTTON),
                ActionId.of(ActionId.Action.FOLLOW, skill.id()),
                Button.Style.DEFAULT);
    }

    Mark mark(Expectation cell) {
        return cell.required()
                ? new Mark(Mark.Kind.REQUIRED, messages.get(MessageKey.REQUIRED))
                : new Mark(Mark.Kind.OPTIONAL, messages.get(MessageKey.OPTIONAL));
    }

    String levelName(Level level) {
        return level.name(locale());
    }

    String roleName(String roleId) {
        return catalog.role(roleId).map(role -> role.name(locale())).orElse(roleId);
    }

    List<Role> rolesShown(Skill skill, Optional<Role> filter) {
        return catalog.rolesOf(skill).stream()
                .filter(role -> filter.map(role::equals).orElse(true))
                .toList();
    }

    /** A select whose options open the same skill at each level, keeping the role filter. */
    Select levelPicker(Skill skill, Optional<Level> selected, Optional<Role> role) {
        List<Select.Option> options = catalog.levels().stream()
                .map(level -> new Select.Option(
                        levelName(level),
                        show(CommandText.level(skill, level, role)),
                        selected.map(level::equals).orElse(false)))
                .toList();
        return new Select(messages.get(MessageKey.SELECT_LEVEL), ActionId.of(ActionId.Action.PICK, "level"), options);
    }

    /** A select that narrows a card to one role, or shows all roles again. */
    Select roleFilter(
            Skill skill, Optional<Role> selected, java.util.function.Function<Optional<Role>, String> commandFor) {
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
