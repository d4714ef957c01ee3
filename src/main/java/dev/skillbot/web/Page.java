package dev.skillbot.web;

/**
 * What every page shares: its labels and links, its title, the catalog revision in the footer, a
 * link to the same page in the other language (null where there is none, as in the static site),
 * and the {@code ?lang=} the page was asked with (null if none), which its forms send on.
 */
public record Page(
        Labels t,
        Links links,
        String title,
        String revision,
        String otherLanguageLink,
        String otherLanguage,
        String langParameter) {

    public String lang() {
        return t.lang();
    }
}
