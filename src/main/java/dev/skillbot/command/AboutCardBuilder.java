package dev.skillbot.command;

import dev.skillbot.card.Card;
import dev.skillbot.card.Section;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.i18n.MessageKey;
import dev.skillbot.i18n.Messages;
import java.util.ArrayList;
import java.util.List;

/** The {@code about} card: version, catalog source and revision, last reload, drift and platforms. */
final class AboutCardBuilder {

    Card build(AboutInfo about, Catalog catalog, Messages messages) {
        List<String> lines = new ArrayList<>();
        lines.add(messages.get(MessageKey.ABOUT_CATALOG, about.catalogSource(), catalog.revision()));
        lines.add(messages.get(
                MessageKey.ABOUT_COUNTS,
                catalog.skills().size(),
                catalog.roles().size(),
                catalog.levels().size(),
                catalog.cellCount()));
        String when = about.lastReload() == null ? "-" : about.lastReload().toString();
        lines.add(
                about.lastReloadSucceeded()
                        ? messages.get(MessageKey.ABOUT_RELOAD_OK, when)
                        : messages.get(
                                MessageKey.ABOUT_RELOAD_FAILED,
                                when,
                                about.lastReloadProblems().size(),
                                catalog.revision(),
                                about.lastReloadProblems().stream().findFirst().orElse("")));
        if (about.drift() != null && !about.drift().isBlank()) {
            lines.add(messages.get(MessageKey.ABOUT_DRIFT, about.drift()));
        }
        lines.add(
                about.platforms().isEmpty()
                        ? messages.get(MessageKey.ABOUT_NO_PLATFORMS)
                        : messages.get(MessageKey.ABOUT_PLATFORMS, String.join(", ", about.platforms())));
        String title = messages.get(MessageKey.ABOUT_TITLE, about.version());
        return new Card(
                Card.Kind.NOTICE,
                title,
                List.of(),
                List.of(),
                List.of(Section.of("", null, String.join("\n", lines))),
                List.of(),
                title);
    }
}
