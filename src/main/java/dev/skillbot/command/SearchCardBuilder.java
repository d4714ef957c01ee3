package dev.skillbot.command;

import dev.skillbot.card.Block;
import dev.skillbot.card.Button;
import dev.skillbot.card.Card;
import dev.skillbot.card.Control;
import dev.skillbot.card.Section;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.CatalogSearch;
import dev.skillbot.catalog.Level;
import dev.skillbot.catalog.Role;
import dev.skillbot.catalog.Skill;
import dev.skillbot.i18n.MessageKey;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Search results: the skills the words name, if any ({@link SearchReading}: {@code search gitops senior} names GitOps
 * Practices at Senior, and looks through the text for "gitops"), then each matching cell as skill · level · role with
 * a snippet, and buttons to open them.
 */
final class SearchCardBuilder {

    static final int SHOWN = 10;
    private static final int BUTTONS = 5;

    private final Catalog catalog;
    private final CardParts parts;

    SearchCardBuilder(Catalog catalog, CardParts parts) {
        this.catalog = catalog;
        this.parts = parts;
    }

    /** The card for {@code query} (the command's words), titled with the words as {@code typed}. */
    Card build(String query, String typed) {
        SearchReading reading = SearchReading.of(query, catalog);
        CatalogSearch.Result result = reading.hits(catalog, SHOWN, parts.locale());
        List<Block> blocks = new ArrayList<>();
        List<Control> controls = new ArrayList<>();
        Set<String> opened = new LinkedHashSet<>();
        for (Skill skill : reading.named()) {
            named(skill, reading, blocks, controls, opened);
        }
        didYouMean(reading.candidates(), blocks, controls, opened);
        if (!reading.filter().isNone()) {
            blocks.add(Section.of(
                    "", null, parts.messages().get(MessageKey.SEARCH_FILTERED, reading.filterLabel(parts.locale()))));
        }
        for (CatalogSearch.Hit hit : result.hits()) {
            String heading;
            String command;
            if (hit.isCell()) {
                heading = parts.name(hit.skill()) + " · " + parts.levelName(hit.level()) + " · "
                        + parts.roleName(hit.roleId());
                command = CommandText.level(hit.skill(), hit.level(), catalog.role(hit.roleId()));
            } else {
                heading = parts.name(hit.skill());
                command = CommandText.overview(hit.skill());
            }
            String text = hit.isCell()
                    ? hit.snippet()
                    : parts.messages().get(MessageKey.SEARCH_SKILL_HIT)
                            + (hit.snippet().isEmpty() ? "" : ": " + hit.snippet());
            blocks.add(Section.of(heading, null, text));
            if (opened.size() < BUTTONS && opened.add(command)) {
                controls.add(new Button(shortLabel(hit), CardControls.show(command), Button.Style.DEFAULT));
            }
        }
        if (result.total() == 0 && reading.named().isEmpty()) {
            blocks.add(Section.of("", null, parts.messages().get(reading.nothingFound(), reading.unmatched(query))));
        } else if (result.total() > result.hits().size()) {
            blocks.add(Section.of(
                    "",
                    null,
                    parts.messages()
                            .get(
                                    MessageKey.SEARCH_MORE,
                                    result.total() - result.hits().size())));
        }
        parts.controls().openInBrowser(controls, SkillLinks.search(query));
        // as typed, on one line and clipped as other words a user typed are echoed
        String title = parts.messages().get(MessageKey.SEARCH_TITLE, MessageCardBuilder.echo(typed));
        return parts.noteFallback(new Card(
                Card.Kind.SEARCH,
                title,
                List.of(parts.messages().get(MessageKey.CONTEXT_REVISION, catalog.revision())),
                List.of(),
                blocks,
                controls,
                title));
    }

    /** A skill the words name, at the level and role they name: a section and the first button. */
    private void named(
            Skill skill, SearchReading reading, List<Block> blocks, List<Control> controls, Set<String> opened) {
        Optional<Role> role = reading.roleOf(skill);
        Optional<List<Level>> compared = reading.compared();
        String command = compared.map(levels -> CommandText.compare(skill, levels.get(0), levels.get(1), role))
                .or(() -> reading.level().map(level -> CommandText.level(skill, level, role)))
                .orElseGet(() -> CommandText.overview(skill, role));
        String skillAndLevel = parts.name(skill)
                + compared.map(levels ->
                                " · " + parts.levelName(levels.get(0)) + " → " + parts.levelName(levels.get(1)))
                        .or(() -> reading.level().map(level -> " · " + parts.levelName(level)))
                        .orElse("");
        blocks.add(Section.of(
                skillAndLevel + role.map(r -> " · " + parts.roleName(r.id())).orElse(""),
                null,
                parts.messages().get(MessageKey.SEARCH_NAMES_SKILL)));
        if (opened.size() < BUTTONS && opened.add(command)) {
            String label = skillAndLevel + role.map(r -> " · " + r.shortName()).orElse("");
            controls.add(new Button(label, CardControls.show(command), Button.Style.PRIMARY));
        }
    }

    /**
     * The skills closest to the words searched for, when the words name none ({@code search canray}), as the web's
     * search page offers them: a line each, and a button that opens each.
     */
    private void didYouMean(List<Skill> candidates, List<Block> blocks, List<Control> controls, Set<String> opened) {
        if (candidates.isEmpty()) {
            return;
        }
        blocks.add(Section.of(
                "", null, parts.messages().get(MessageKey.DID_YOU_MEAN_PROMPT) + "\n" + parts.bullets(candidates)));
        for (Skill skill : candidates) {
            String command = CommandText.overview(skill);
            if (opened.size() < BUTTONS && opened.add(command)) {
                controls.add(new Button(parts.name(skill), CardControls.show(command), Button.Style.DEFAULT));
            }
        }
    }

    private String shortLabel(CatalogSearch.Hit hit) {
        Skill skill = hit.skill();
        return hit.isCell()
                ? parts.name(skill) + " · " + parts.levelName(hit.level()) + " · "
                        + catalog.role(hit.roleId()).map(r -> r.shortName()).orElse(hit.roleId())
                : parts.name(skill);
    }
}
