package dev.skillbot.command;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.Level;
import java.util.Locale;
import java.util.Optional;

/**
 * A link to the catalog's own skill page pasted for a lookup ({@code https://<public address>/skills/gitops-practices},
 * with {@code ?level=senior&role=platform} or {@code #senior-platform}, bare, in quotes or as Slack sends it, {@code
 * <https://…|label>}), read as the lookup the page shows ({@link SkillLinks#commandText}). Only under the configured
 * public address ({@link Permalinks}); any other address stays the words typed, which name no skill.
 */
final class OwnLinks {

    private final Permalinks permalinks;

    OwnLinks(Permalinks permalinks) {
        this.permalinks = permalinks;
    }

    /** The lookup the text's one link to a skill page shows, or empty for any other text. */
    Optional<String> command(String text, Catalog catalog) {
        if (text == null || !permalinks.enabled() || !text.contains("://")) {
            return Optional.empty();
        }
        String link = slackLink(CommandParser.unwrapped(text.strip()));
        String base = permalinks.base().orElseThrow();
        if (CommandParser.SPACES.matcher(link).find()
                || !link.regionMatches(true, 0, base, 0, base.length())
                || !link.startsWith(SkillLinks.skill(""), base.length())) {
            return Optional.empty();
        }
        String page = link.substring(base.length());
        return SkillLinks.commandText(page, catalog).map(command -> command + anchor(page, catalog));
    }

    /** {@code <https://…|label>} and {@code <https://…>}, as Slack sends a link: the address. */
    private static String slackLink(String text) {
        if (!text.startsWith("<") || !text.endsWith(">")) {
            return text;
        }
        String inside = text.substring(1, text.length() - 1);
        int label = inside.indexOf('|');
        return label < 0 ? inside : inside.substring(0, label);
    }

    /**
     * The level and role of a cell's anchor ({@code #senior-platform}, {@code #level-senior}) when the address's query
     * names neither, as the page scrolls to them: words after the command.
     */
    private static String anchor(String page, Catalog catalog) {
        int hash = page.indexOf('#');
        if (hash < 0 || page.indexOf('?') >= 0 && page.indexOf('?') < hash) {
            return "";
        }
        String anchor = page.substring(hash + 1).toLowerCase(Locale.ROOT);
        for (Level level : catalog.levels()) {
            if (anchor.equals("level-" + level.id())) {
                return " " + level.id();
            }
            String cell = level.id() + "-";
            if (anchor.startsWith(cell)
                    && catalog.role(anchor.substring(cell.length())).isPresent()) {
                return " " + level.id() + " " + anchor.substring(cell.length());
            }
        }
        return "";
    }
}
