package dev.skillbot.suggestion;

import dev.skillbot.catalog.Catalog;
import java.util.Locale;

/**
 * How the review cards and notices name a proposal's skill, level and role, and a language, in the
 * reader's language. A skill, level or role the catalog no longer has is named by its id, so a card
 * for an old proposal still renders.
 */
final class ProposalNames {

    private final Catalog catalog;
    private final String localeTag;

    ProposalNames(Catalog catalog, String localeTag) {
        this.catalog = catalog;
        this.localeTag = localeTag;
    }

    String skill(Proposal proposal) {
        return catalog.skill(proposal.skillId())
                .map(skill -> skill.localizedName().in(localeTag).text())
                .orElse(proposal.skillId());
    }

    String level(Proposal proposal) {
        return catalog.level(proposal.levelId())
                .map(level -> level.name(localeTag))
                .orElse(proposal.levelId());
    }

    String role(Proposal proposal) {
        return catalog.role(proposal.roleId()).map(role -> role.name(localeTag)).orElse(proposal.roleId());
    }

    /** A language's name, such as "Chinese (China)" for {@code zh-CN} to an English reader. */
    String language(String locale) {
        return Locale.forLanguageTag(locale).getDisplayName(Locale.forLanguageTag(localeTag));
    }
}
