package dev.skillbot.web;

import dev.skillbot.card.Diff;
import java.util.List;
import java.util.Optional;

/**
 * Everything the skill page shows, worked out before the template runs, so the template only
 * lays it out. Texts the catalog wrote carry their language ({@link ContentText.Text}).
 */
public record SkillPage(
        Page page,
        String skillId,
        ContentText.Text name,
        ContentText.Text summary,
        List<Fact> facts,
        List<Tag> tags,
        List<Column> columns,
        List<Row> rows,
        Optional<Focus> focus,
        Optional<Comparison> comparison,
        Selection selection,
        List<Choice> levels,
        List<Choice> roles,
        Proposals proposals,
        String suggestCommand,
        String notice) {

    /** The page without the matrix: a static comparison page, which links to its skill's page for the matrix. */
    public SkillPage withoutMatrix() {
        return new SkillPage(
                page,
                skillId,
                name,
                summary,
                facts,
                tags,
                columns,
                List.of(),
                focus,
                comparison,
                selection,
                levels,
                roles,
                proposals,
                suggestCommand,
                notice);
    }

    /** A labelled fact of the header, such as "Required: 16"; a content fact carries its language. */
    public record Fact(String label, String value, String lang) {}

    /** A tag in the page's language where the catalog has it, with the language it is written in. */
    public record Tag(String text, String lang) {}

    public record Column(String roleId, String name) {}

    /** One level of the matrix: its cells in column order. */
    public record Row(String levelId, String name, String anchor, boolean selected, List<Cell> cells) {}

    public record Cell(
            String anchor,
            String roleName,
            String levelName,
            boolean required,
            String mark,
            ContentText.Text text,
            boolean present) {}

    /** The level picked with {@code ?level=}, shown role by role above the matrix. */
    public record Focus(String levelName, String anchor, List<Cell> cells) {}

    public record Comparison(String fromName, String toName, String summary, List<Change> changes) {}

    /** One role between two levels: both cells and the words that changed. */
    public record Change(
            String roleName, String anchor, String gap, Cell from, Cell to, List<Diff.Segment> diff, String lang) {}

    /** What the query asked for, as valid catalog ids (empty strings where nothing or nothing valid was asked). */
    public record Selection(String level, String role, String from, String to) {

        /** The one role the reader narrowed the page to, which every link that changes the level keeps. */
        public Optional<String> roleFilter() {
            return role.isEmpty() ? Optional.empty() : Optional.of(role);
        }
    }

    public record Choice(String id, String name) {}

    public record Proposals(State state, List<Line> lines) {

        public enum State {
            LISTED,
            UNAVAILABLE,
            NOT_HERE
        }

        /** A proposal as pages show it: the cell, the proposed text and the status, never who made it. */
        public record Line(String cell, String anchor, ContentText.Text text, String status) {}
    }
}
