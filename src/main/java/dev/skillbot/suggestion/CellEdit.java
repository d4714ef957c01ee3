package dev.skillbot.suggestion;

import java.time.LocalDate;

/** The change an approved proposal makes to one skill file. */
public record CellEdit(String levelId, String roleId, String expectedText, String newText, boolean required, LocalDate updated) {

    static CellEdit of(Proposal proposal, LocalDate today) {
        return new CellEdit(proposal.levelId(), proposal.roleId(), proposal.oldText(), proposal.newText(), proposal.newRequired(), today);
    }
}
