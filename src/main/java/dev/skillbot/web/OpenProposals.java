package dev.skillbot.web;

import java.util.List;

/** The open proposals of a skill, as the pages may show them: which cell, the proposed text and the status. */
@FunctionalInterface
public interface OpenProposals {

    record Shown(String levelId, String roleId, String text, String status) {}

    /** @throws Unavailable when the store cannot be read now; the page says so and shows everything else */
    List<Shown> open(String skillId, int limit);

    final class Unavailable extends RuntimeException {
        public Unavailable(Throwable cause) {
            super(cause);
        }
    }
}
