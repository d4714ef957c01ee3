package dev.skillbot.web;

import dev.skillbot.i18n.MessageKey;
import java.util.List;
import java.util.Optional;

/**
 * The search page: the skill the query names (exactly, by prefix or through a typo, as in chat), or the skills its
 * words name when they name several ({@code terraform kubernetes}), "did you mean" candidates otherwise, and the
 * full-text hits with their cells (with the sentence saying which levels and roles filtered them, if any).
 */
public record SearchPage(
        Page page,
        String query,
        String heading,
        Optional<Hit> named,
        List<Hit> several,
        List<Hit> alternatives,
        List<Hit> didYouMean,
        String filtered,
        List<Hit> hits,
        String summary) {

    /** A skill, or one cell of it (where names the level and role). */
    public record Hit(String link, ContentText.Text name, String where, ContentText.Text snippet, String anchor) {}

    /**
     * A sentence the static site's script ({@code assets/search.js}) shows for a query, as the server words it:
     * {@code {0}} and {@code {1}} stand where the server puts the query, a count or a length
     * (and the page's limits: how many hits it lists, how long a query may be).
     */
    public String scripted(String sentence) {
        Labels t = page.t();
        return switch (sentence) {
            case "title" -> t.chat(MessageKey.SEARCH_TITLE, "{0}");
            case "none" -> t.chat(MessageKey.SEARCH_NONE, "{0}");
            case "tooShort" -> t.chat(MessageKey.SEARCH_TOO_SHORT, "{0}");
            case "more" -> t.chat(MessageKey.SEARCH_MORE, "{0}");
            case "tooLong" -> t.get("search.tooLong", "{0}", "{1}");
            case "skillHit" -> t.chat(MessageKey.SEARCH_SKILL_HIT);
            case "filtered" -> t.chat(MessageKey.SEARCH_FILTERED, "{0}");
            case "limit" -> String.valueOf(PageBuilders.SEARCH_LIMIT);
            case "maxQuery" -> String.valueOf(PageBuilders.MAX_QUERY);
            default -> t.get("search." + sentence);
        };
    }
}
