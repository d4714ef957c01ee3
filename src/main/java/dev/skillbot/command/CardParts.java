package dev.skillbot.command;

import dev.skillbot.card.Block;
import dev.skillbot.card.Card;
import dev.skillbot.card.Mark;
import dev.skillbot.card.Section;
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
import java.util.stream.Collectors;

/**
 * The pieces every skill card shares: context line, marks, catalog texts in the reader's language
 * (noting a fallback to the default language), and its {@link CardControls}.
 */
final class CardParts {

    private final Catalog catalog;
    private final Messages messages;
    private final SuggestionsView suggestions;
    /** Whether a text shown on this card is the default language's, standing in for a missing translation. */
    private boolean fellBack;

    private final CardControls controls;

    CardParts(Catalog catalog, Messages messages, SuggestionsView suggestions) {
        this(catalog, messages, suggestions, Permalinks.NONE);
    }

    CardParts(Catalog catalog, Messages messages, SuggestionsView suggestions, Permalinks permalinks) {
        this.catalog = catalog;
        this.messages = messages;
        this.suggestions = suggestions;
        this.controls = new CardControls(catalog, messages, permalinks);
    }

    /** The buttons and selects of the card being built, in the same language. */
    CardControls controls() {
        return controls;
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

    /** The skills' names, one a line, each after a bullet. */
    String bullets(List<Skill> skills) {
        return skills.stream().map(skill -> "• " + name(skill)).collect(Collectors.joining("\n"));
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
}
