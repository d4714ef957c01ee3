package dev.skillbot.web;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.Expectation;
import dev.skillbot.catalog.Localized;
import dev.skillbot.catalog.Skill;
import dev.skillbot.command.SkillLinks;
import java.util.List;
import java.util.Map;

/**
 * The open-proposals section of a skill page: which cell, the proposed text and the status, and
 * never who suggested it. A store that cannot answer costs only this section.
 */
final class ProposalLines {

    static final int LIMIT = 20;

    private final OpenProposals proposals;
    private final ContentText content;

    ProposalLines(OpenProposals proposals, ContentText content) {
        this.proposals = proposals;
        this.content = content;
    }

    SkillPage.Proposals of(Catalog catalog, Skill skill, Labels t) {
        List<OpenProposals.Shown> open;
        try {
            open = proposals.open(skill.id(), LIMIT);
        } catch (OpenProposals.Unavailable e) {
            return new SkillPage.Proposals(SkillPage.Proposals.State.UNAVAILABLE, List.of());
        }
        String lang = t.lang();
        List<SkillPage.Proposals.Line> lines = open.stream()
                .filter(shown -> catalog.level(shown.levelId()).isPresent() && skill.includesRole(shown.roleId()))
                .map(shown -> new SkillPage.Proposals.Line(
                        catalog.level(shown.levelId()).orElseThrow().name(lang) + " · "
                                + catalog.role(shown.roleId())
                                        .map(role -> role.name(lang))
                                        .orElse(shown.roleId()),
                        SkillLinks.cellAnchor(shown.levelId(), shown.roleId()),
                        content.cell(proposed(catalog, shown), lang),
                        t.get("proposals.status." + shown.status())))
                .toList();
        return new SkillPage.Proposals(SkillPage.Proposals.State.LISTED, lines);
    }

    /** The proposed text as a cell in the one language it is written in, so the page marks it with that language. */
    private static Expectation proposed(Catalog catalog, OpenProposals.Shown shown) {
        String locale =
                shown.locale() != null ? shown.locale() : catalog.locales().defaultLocale();
        return new Expectation(shown.levelId(), shown.roleId(), new Localized(shown.text(), locale, Map.of()), false);
    }
}
