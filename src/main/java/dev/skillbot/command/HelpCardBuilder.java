package dev.skillbot.command;

import dev.skillbot.card.Button;
import dev.skillbot.card.Card;
import dev.skillbot.card.Control;
import dev.skillbot.card.Section;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.Role;
import dev.skillbot.i18n.MessageKey;
import java.util.List;
import java.util.stream.Collectors;

/** The help card: how to look up, compare, search and list, the catalog's levels and roles, and what only chat does. */
final class HelpCardBuilder {

    private final Catalog catalog;
    private final CardParts parts;

    HelpCardBuilder(Catalog catalog, CardParts parts) {
        this.catalog = catalog;
        this.parts = parts;
    }

    Card build() {
        String levels = catalog.levels().stream().map(parts::levelName).collect(Collectors.joining(", "));
        String roles = catalog.roles().stream().map(Role::shortName).collect(Collectors.joining(", "));
        List<String> lines = List.of(
                parts.messages().get(MessageKey.HELP_LOOKUP),
                parts.messages().get(MessageKey.HELP_OVERVIEW),
                parts.messages().get(MessageKey.HELP_COMPARE),
                parts.messages().get(MessageKey.HELP_SEARCH),
                parts.messages().get(MessageKey.HELP_LIST),
                parts.messages().get(MessageKey.HELP_LEVELS, levels),
                parts.messages().get(MessageKey.HELP_ROLES, roles));
        List<Control> controls = catalog.skills().stream()
                .limit(3)
                .map(skill -> (Control) new Button(
                        parts.name(skill), CardControls.show(CommandText.overview(skill)), Button.Style.DEFAULT))
                .toList();
        String title = parts.messages().get(MessageKey.HELP_TITLE);
        return new Card(
                Card.Kind.HELP,
                title,
                List.of(parts.messages().get(MessageKey.CONTEXT_REVISION, catalog.revision())),
                List.of(),
                List.of(Section.of("", null, String.join("\n", lines)), inChat()),
                controls,
                title);
    }

    /** What only chat can do: profiles, suggestions, digests and follows, which `help` would otherwise never mention. */
    private Section inChat() {
        return Section.of(
                parts.messages().get(MessageKey.HELP_IN_CHAT),
                null,
                String.join(
                        "\n",
                        parts.messages().get(MessageKey.HELP_ME),
                        parts.messages().get(MessageKey.HELP_SUGGEST),
                        parts.messages().get(MessageKey.HELP_DIGEST),
                        parts.messages().get(MessageKey.HELP_FOLLOW)));
    }
}
