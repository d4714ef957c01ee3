package dev.skillbot.web;

import java.util.List;

/** The open proposals of a skill, as the pages may show them: which cell, the proposed text and the status. */
@FunctionalInterface
public interface OpenProposals {

    /** @param locale the language the text is written in; null for the catalog's default language */
    record Shown(String levelId, String roleId, String text, String status, String locale) {

        public Shown(String levelId, String roleId, String text, String status) {
            this(levelId, roleId, text, status, null);
        }
    }

    /** @throws Unavailable when the store cannot be read now; the page says so and shows everything else */
    List<Shown> open(String skillId, int limit);

    final class Unavailable extends RuntimeException {
        public Unavailable(Throwable cause) {
            super(cause);
        }
    }
}
