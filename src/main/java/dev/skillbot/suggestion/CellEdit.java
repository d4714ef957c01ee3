package dev.skillbot.suggestion;

import dev.skillbot.catalog.CatalogLocales;
import java.time.LocalDate;

/**
 * The change an approved proposal makes to one skill file.
 *
 * @param locale        the language of the text being changed: the default language's text or one translation
 * @param defaultLocale the catalog's default language, which a plain (not per-language) text is in
 */
public record CellEdit(
        String levelId,
        String roleId,
        String expectedText,
        String newText,
        boolean required,
        LocalDate updated,
        String locale,
        String defaultLocale) {

    /** An edit of the default language's text, as every edit was before translations. */
    public CellEdit(
            String levelId, String roleId, String expectedText, String newText, boolean required, LocalDate updated) {
        this(
                levelId,
                roleId,
                expectedText,
                newText,
                required,
                updated,
                CatalogLocales.DEFAULT_LOCALE,
                CatalogLocales.DEFAULT_LOCALE);
    }

    static CellEdit of(Proposal proposal, LocalDate today, String defaultLocale) {
        return new CellEdit(
                proposal.levelId(),
                proposal.roleId(),
                proposal.oldText(),
                proposal.newText(),
                proposal.newRequired(),
                today,
                proposal.locale() == null ? defaultLocale : proposal.locale(),
                defaultLocale);
    }

    boolean editsDefaultLanguage() {
        return locale.equals(defaultLocale);
    }
}
