package dev.skillbot.command;

import dev.skillbot.card.LinkButton;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * The web address of what a card shows, when the site's public address is known
 * ({@code SKILLBOT_PUBLIC_URL}); without it cards carry no link. The paths are those of
 * {@link SkillLinks}, which the web pages answer.
 */
public final class Permalinks {

    public static final Permalinks NONE = new Permalinks(null);

    private final String base;

    private Permalinks(String base) {
        this.base = base;
    }

    /**
     * @param publicUrl an absolute http(s) address such as {@code https://skills.example.com/} (a path is kept),
     *                  or blank for none
     * @throws IllegalArgumentException when it is set but not an absolute http(s) address
     */
    public static Permalinks of(String publicUrl) {
        if (publicUrl == null || publicUrl.isBlank()) {
            return NONE;
        }
        String trimmed = publicUrl.strip();
        URI uri;
        try {
            uri = URI.create(trimmed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("SKILLBOT_PUBLIC_URL is not a web address: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http"))
                || uri.getHost() == null
                || uri.getQuery() != null
                || uri.getFragment() != null) {
            throw new IllegalArgumentException("SKILLBOT_PUBLIC_URL must be an absolute http(s) address without query, "
                    + "such as https://skills.example.com/");
        }
        return new Permalinks(trimmed.endsWith("/") ? trimmed : trimmed + "/");
    }

    public boolean enabled() {
        return base != null;
    }

    /** The base address, ending in {@code /}; empty when links are off. */
    public Optional<String> base() {
        return Optional.ofNullable(base);
    }

    /** The address of a page given by its {@link SkillLinks} path. */
    public Optional<String> url(String path) {
        return base().map(root -> root + path);
    }

    /** The page path of an address under the base ({@code skills/x?level=senior}), or empty for any other address. */
    public Optional<String> path(String url) {
        return base().filter(root -> url != null && url.startsWith(root)).map(root -> url.substring(root.length()));
    }

    Optional<LinkButton> button(String label, String path) {
        return url(path).map(url -> new LinkButton(label, url));
    }
}
