package dev.skillbot.web;

import java.util.List;
import java.util.Optional;

/**
 * The static site's {@code sitemap.xml}. Search engines want absolute addresses, so the site's
 * published address ({@code --base-url}) is put in front of each page; without it the entries stay
 * relative to the sitemap, which browsers and link checkers still follow.
 */
final class Sitemap {

    private Sitemap() {}

    static String xml(List<String> pages, Optional<String> baseUrl) {
        String base = baseUrl.map(url -> url.endsWith("/") ? url : url + "/").orElse("");
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String page : pages) {
            xml.append("  <url><loc>").append(escape(base + page)).append("</loc></url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
