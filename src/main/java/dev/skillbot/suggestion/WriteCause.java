package dev.skillbot.suggestion;

import dev.skillbot.i18n.MessageKey;

/**
 * Why an approved edit was not written to the catalog, in terms reviewers and the author are told in their own
 * language; the writer's own words (file names, Git's message) stay in the decision's note and the log.
 */
public enum WriteCause {
    /** Another replica held the catalog's write lease too long. */
    BUSY(MessageKey.ATTENTION_BUSY),
    /** The catalog's Git remote could not be reached, or refused the edit. */
    REMOTE(MessageKey.ATTENTION_REMOTE),
    SKILL_GONE(MessageKey.ATTENTION_SKILL_GONE),
    /** The cell no longer holds the text the suggestion was made against. */
    CELL_CHANGED(MessageKey.ATTENTION_CELL_CHANGED),
    /** The skill's file could not be read, rewritten without touching more than the cell, or verified. */
    FILE(MessageKey.ATTENTION_FILE),
    /** The edit could not be committed. */
    HISTORY(MessageKey.ATTENTION_HISTORY);

    private final MessageKey message;

    WriteCause(MessageKey message) {
        this.message = message;
    }

    /**
     * The cause stored as {@code name}; null for none, and for a name this build does not know (written by a newer
     * replica during an upgrade), whose note is then shown as it is.
     */
    public static WriteCause named(String name) {
        return java.util.Arrays.stream(values())
                .filter(cause -> cause.name().equals(name))
                .findFirst()
                .orElse(null);
    }

    /** Its sentence; {@code {0}} is the skill's name. */
    public MessageKey message() {
        return message;
    }

    /** Whether the writer's own words help a reviewer fix it (a file's problem, Git's refusal). */
    boolean detailHelpsReviewers() {
        return this == FILE || this == HISTORY || this == REMOTE;
    }
}
