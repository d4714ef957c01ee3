package dev.skillbot.command;

import dev.skillbot.card.ActionId;
import dev.skillbot.card.Block;
import dev.skillbot.card.Card;
import dev.skillbot.card.Control;
import dev.skillbot.card.Section;
import dev.skillbot.card.Select;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.Domain;
import dev.skillbot.catalog.Keys;
import dev.skillbot.catalog.Skill;
import dev.skillbot.i18n.MessageKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Skills by domain, with a menu that opens any of them. */
final class ListCardBuilder {

    private final Catalog catalog;
    private final CardParts parts;

    ListCardBuilder(Catalog catalog, CardParts parts) {
        this.catalog = catalog;
        this.parts = parts;
    }

    /** The list card, or empty when the domain named matches no domain. */
    Optional<Card> build(String domainQuery) {
        List<Domain> domains = catalog.domains();
        if (!domainQuery.isBlank()) {
            String key = Keys.compact(domainQuery);
            domains = domains.stream()
                    .filter(domain -> Keys.compact(domain.id()).startsWith(key)
                            || domain.labels().byLocale().values().stream()
                                    .anyMatch(label -> Keys.compact(label).startsWith(key)))
                    .toList();
            if (domains.isEmpty()) {
                return Optional.empty();
            }
        }
        List<Block> blocks = new ArrayList<>();
        List<Skill> listed = new ArrayList<>();
        for (Domain domain : domains) {
            List<Skill> skills = catalog.skills().stream()
                    .filter(skill -> skill.domainId().equals(domain.id()))
                    .toList();
            if (skills.isEmpty()) {
                continue;
            }
            listed.addAll(skills);
            String lines = skills.stream().map(this::line).collect(Collectors.joining("\n"));
            blocks.add(Section.of(domain.name(parts.locale()), null, lines));
        }
        List<Control> controls = new ArrayList<>();
        parts.controls().openInBrowser(controls, "");
        if (!listed.isEmpty()) {
            List<Select.Option> options = listed.stream()
                    .map(skill ->
                            new Select.Option(parts.name(skill), CardControls.show(CommandText.overview(skill)), false))
                    .toList();
            controls.add(new Select(
                    parts.messages().get(MessageKey.BUTTON_OVERVIEW),
                    ActionId.of(ActionId.Action.PICK, "skill"),
                    options));
        }
        String title = domains.size() == 1 && !domainQuery.isBlank()
                ? parts.messages()
                        .get(MessageKey.LIST_TITLE_DOMAIN, domains.get(0).name(parts.locale()))
                : parts.messages().get(MessageKey.LIST_TITLE);
        long domainCount = listed.stream().map(Skill::domainId).distinct().count();
        List<String> context = List.of(
                parts.messages().get(MessageKey.LIST_COUNT, listed.size(), domainCount),
                parts.messages().get(MessageKey.CONTEXT_REVISION, catalog.revision()));
        return Optional.of(
                parts.noteFallback(new Card(Card.Kind.LIST, title, context, List.of(), blocks, controls, title)));
    }

    private String line(Skill skill) {
        String aliases = skill.aliases().isEmpty() ? "" : " (" + String.join(", ", skill.aliases()) + ")";
        return "• " + parts.name(skill) + aliases + " · " + parts.group(skill);
    }
}
