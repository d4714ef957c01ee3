package dev.skillbot.catalog;

/**
 * One cell of the matrix: what a role is expected to do at a level, and whether it is required.
 * {@link #text()} is the default language's text; {@link #content()} has every language's.
 */
public record Expectation(String levelId, String roleId, Localized content, boolean required) {

    /** A cell written in the default language only, as every catalog was before translations. */
    public Expectation(String levelId, String roleId, String text, boolean required) {
        this(levelId, roleId, Localized.plain(text), required);
    }

    /** The text in the catalog's default language. */
    public String text() {
        return content.text();
    }
}
