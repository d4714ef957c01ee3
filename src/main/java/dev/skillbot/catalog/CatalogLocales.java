package dev.skillbot.catalog;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The languages a catalog may be written in ({@code skillbot.catalog.locales}) and the one a plain
 * text means ({@code skillbot.catalog.default-locale}). The validator refuses any other locale key,
 * so a typo such as {@code zh-cn} or {@code cn} is found on load, not by a reader seeing English.
 */
public record CatalogLocales(String defaultLocale, List<String> supported) {

    public static final String DEFAULT_LOCALE = "en";
    public static final CatalogLocales DEFAULT = new CatalogLocales(DEFAULT_LOCALE, List.of(DEFAULT_LOCALE, "zh-CN"));

    public CatalogLocales {
        supported = List.copyOf(new LinkedHashSet<>(supported));
        if (!supported.contains(defaultLocale)) {
            throw new IllegalArgumentException(
                    "the default language '" + defaultLocale + "' is not among the catalog's languages " + supported);
        }
    }

    /** From a comma-separated list such as {@code "en, zh-CN"}; blank means {@link #DEFAULT}. */
    public static CatalogLocales parse(String defaultLocale, String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return defaultLocale == null || defaultLocale.isBlank() || defaultLocale.equals(DEFAULT_LOCALE)
                    ? DEFAULT
                    : new CatalogLocales(defaultLocale.strip(), List.of(defaultLocale.strip()));
        }
        List<String> tags = Arrays.stream(commaSeparated.split(","))
                .map(String::strip)
                .filter(tag -> !tag.isEmpty())
                .toList();
        return new CatalogLocales(
                defaultLocale == null || defaultLocale.isBlank() ? tags.get(0) : defaultLocale.strip(), tags);
    }

    public boolean supports(String locale) {
        return supported.contains(locale);
    }

    /** The supported languages other than the default: the ones a text can be missing. */
    public Set<String> translated() {
        Set<String> others = new LinkedHashSet<>(supported);
        others.remove(defaultLocale);
        return others;
    }
}
