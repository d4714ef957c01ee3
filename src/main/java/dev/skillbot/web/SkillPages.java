package dev.skillbot.web;

import dev.skillbot.card.TextCut;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.Level;
import dev.skillbot.catalog.Role;
import dev.skillbot.catalog.Skill;
import dev.skillbot.command.CommandText;
import dev.skillbot.i18n.MessageKey;
import dev.skillbot.web.SkillPage.Choice;
import dev.skillbot.web.SkillPage.Fact;
import dev.skillbot.web.SkillPage.Row;
import dev.skillbot.web.SkillPage.Selection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the skill page from the catalog and a query. Query values are looked up in the catalog,
 * never used as they came: an unknown level or role is dropped and explained in a notice.
 */
final class SkillPages {

    /** What the address asked for, as given (any may be null). */
    record Query(String level, String role, String from, String to) {

        static final Query NONE = new Query(null, null, null, null);
    }

    private final ContentText content;
    private final SkillPageCells cells;

    SkillPages(ContentText content) {
        this.content = content;
        this.cells = new SkillPageCells(content);
    }

    SkillPage build(Catalog catalog, Skill skill, Page page, Query query, SkillPage.Proposals proposals) {
        Labels t = page.t();
        String lang = t.lang();
        List<String> problems = new ArrayList<>();
        Optional<Level> askedLevel = level(catalog, query.level(), problems, t);
        Optional<Role> role = role(catalog, skill, query.role(), problems, t);
        Optional<Level> namedFrom = level(catalog, query.from(), problems, t);
        Optional<Level> namedTo = level(catalog, query.to(), problems, t);
        // one level alone compares with the next one up (or, named as the target, with the one below), as
        // "/skill gitops senior vs" does in chat; the top level alone compares with nothing, as there
        Optional<Level> asked = namedFrom.or(() -> namedTo.flatMap(one -> neighbour(catalog, one, -1)));
        Optional<Level> askedTo = namedTo.or(() -> namedFrom.flatMap(one -> neighbour(catalog, one, +1)));
        // a promotion gap reads from the lower level up, whichever order the address names them in (as in chat)
        boolean downward = asked.isPresent()
                && askedTo.isPresent()
                && asked.get().rank() > askedTo.get().rank();
        Optional<Level> from = downward ? askedTo : asked;
        Optional<Level> to = downward ? asked : askedTo;
        if (from.isPresent() && to.isPresent() && from.get().equals(to.get())) {
            problems.add(t.get("compare.same"));
        }
        // one end of the ladder alone has nothing to compare with: its level is shown, as "gitops principal vs" shows
        // Principal's card in chat (the page showed neither the level nor a comparison)
        Optional<Level> level =
                askedLevel.or(() -> from.isEmpty() || to.isEmpty() ? asked.or(() -> askedTo) : Optional.empty());
        List<Role> roles = catalog.rolesOf(skill);
        List<Row> rows = catalog.levels().stream()
                .map(each -> new Row(
                        each.id(),
                        each.name(lang),
                        "level-" + each.id(),
                        level.map(each::equals).orElse(false),
                        roles.stream().map(r -> cells.cell(skill, each, r, t)).toList()))
                .toList();
        Optional<SkillPage.Focus> focus = level.map(shown -> new SkillPage.Focus(
                shown.name(lang),
                "level-" + shown.id(),
                roles.stream()
                        .filter(r -> role.map(r::equals).orElse(true))
                        .map(r -> cells.cell(skill, shown, r, t))
                        .toList()));
        Optional<SkillPage.Comparison> comparison =
                from.isPresent() && to.isPresent() && !from.get().equals(to.get())
                        ? Optional.of(cells.comparison(skill, roles, from.get(), to.get(), role, t))
                        : Optional.empty();
        Selection selection = new Selection(
                level.map(Level::id).orElse(""),
                role.map(Role::id).orElse(""),
                from.map(Level::id).orElse(""),
                to.map(Level::id).orElse(""));
        return new SkillPage(
                page,
                skill.id(),
                content.name(skill, lang),
                content.summary(skill, lang),
                facts(catalog, skill, t),
                content.tags(skill, lang).stream()
                        .map(tag -> new SkillPage.Tag(tag.value(), tag.lang()))
                        .toList(),
                roles.stream()
                        .map(r -> new SkillPage.Column(r.id(), r.name(lang)))
                        .toList(),
                rows,
                focus,
                comparison,
                selection,
                catalog.levels().stream()
                        .map(l -> new Choice(l.id(), l.name(lang)))
                        .toList(),
                roles.stream().map(r -> new Choice(r.id(), r.name(lang))).toList(),
                proposals,
                suggestCommand(
                        skill,
                        level.orElse(catalog.levels().get(0)),
                        role.or(() -> catalog.role(skill.roleIds().get(0))).orElseThrow(),
                        t),
                String.join(" ", problems));
    }

    /** The skill page's title: the skill's name in the page's language, as its heading shows it. */
    String title(Skill skill, Labels t) {
        return content.name(skill, t.lang()).value() + " · " + t.get("title.catalog");
    }

    private List<Fact> facts(Catalog catalog, Skill skill, Labels t) {
        String lang = t.lang();
        ContentText.Text group = content.group(skill, lang);
        return List.of(
                new Fact(
                        t.get("fact.domain"),
                        catalog.domain(skill.domainId()).map(d -> d.name(lang)).orElse(skill.domainId()),
                        lang),
                new Fact(t.get("fact.group"), group.value(), group.lang()),
                new Fact(t.get("fact.roles"), String.valueOf(skill.roleIds().size()), lang),
                new Fact(t.get("fact.levels"), String.valueOf(catalog.levels().size()), lang),
                new Fact(t.get("fact.required"), String.valueOf(skill.requiredCount()), lang),
                new Fact(t.get("fact.optional"), String.valueOf(skill.optionalCount()), lang),
                new Fact(t.get("fact.updated"), skill.updated().toString(), lang));
    }

    /**
     * The chat command that opens the suggestion form for this skill, in the page's language; a skill
     * called like a command word ("compare") is marked as the cards' buttons mark it.
     */
    private static String suggestCommand(Skill skill, Level level, Role role, Labels t) {
        String word = t.chat(MessageKey.WORDS_SUGGEST).split(",")[0].strip();
        return "/skill " + word + " " + CommandText.level(skill, level, Optional.of(role));
    }

    private static Optional<Level> level(Catalog catalog, String asked, List<String> problems, Labels t) {
        if (asked == null || asked.isBlank()) {
            return Optional.empty();
        }
        Optional<Level> level = catalog.levelByAlias(asked);
        if (level.isEmpty()) {
            problems.add(t.get("notice.unknownLevel", Echo.of(shorten(asked))));
        }
        return level;
    }

    /** The level {@code step} ranks away; none past either end of the ladder. */
    private static Optional<Level> neighbour(Catalog catalog, Level level, int step) {
        List<Level> levels = catalog.levels();
        int next = levels.indexOf(level) + step;
        return next >= 0 && next < levels.size() ? Optional.of(levels.get(next)) : Optional.empty();
    }

    private static Optional<Role> role(Catalog catalog, Skill skill, String asked, List<String> problems, Labels t) {
        if (asked == null || asked.isBlank()) {
            return Optional.empty();
        }
        Optional<Role> role = catalog.roleByAlias(asked).filter(r -> skill.includesRole(r.id()));
        if (role.isEmpty()) {
            problems.add(t.get("notice.unknownRole", Echo.of(shorten(asked))));
        }
        return role;
    }

    /** Echoed input stays short (40 characters and "…"): a page never repeats a long hostile text back. */
    static String shorten(String text) {
        return TextCut.clip(text, 41);
    }
}
