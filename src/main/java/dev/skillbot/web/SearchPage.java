package dev.skillbot.web;

import java.util.List;
import java.util.Optional;

/**
 * The search page: the skill the query names (exactly, by prefix or through a typo, as in chat),
 * "did you mean" candidates otherwise, and the full-text hits with their cells.
 */
public record SearchPage(
        Page page,
        String query,
        String heading,
        Optional<Hit> named,
        List<Hit> didYouMean,
        List<Hit> hits,
        String summary) {

    /** A skill, or one cell of it (where names the level and role). */
    public record Hit(String link, ContentText.Text name, String where, ContentText.Text snippet, String anchor) {}
}
