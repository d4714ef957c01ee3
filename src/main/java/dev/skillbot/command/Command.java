package dev.skillbot.command;

import dev.skillbot.catalog.Level;
import dev.skillbot.catalog.Role;
import dev.skillbot.i18n.MessageKey;
import java.util.List;
import java.util.Optional;

/** A parsed command of the shared language. Skills are still queries; levels and roles are resolved. */
public sealed interface Command {

    record Help() implements Command {}

    /** All skills, or those of one domain. */
    record ListSkills(String domainQuery) implements Command {}

    /**
     * Words searched for as the command's words read them ({@code gitops senior .. lead}), and as they were typed
     * ({@code gitops senior..lead}), which the card's title shows.
     */
    record Search(String query, String typed) implements Command {

        public Search(String query) {
            this(query, query);
        }
    }

    /** One level of a skill, or its overview when no level is given; optionally one role only. */
    record Lookup(String skillQuery, Optional<Level> level, Optional<Role> role) implements Command {}

    /** Two levels side by side, {@code from} below {@code to}: the promotion gap. */
    record Compare(String skillQuery, Level from, Level to, Optional<Role> role) implements Command {}

    /**
     * A comparison asked for without a level ({@code compare gitops}, {@code gitops vs}): the asker's own level and the
     * next when their profile has a level ({@link PersonalCommands#personalize}), else how to ask for one.
     */
    record CompareWithoutLevels(String skillQuery, Optional<Role> role) implements Command {}

    /** Open the suggestion form for a cell of a skill. */
    record Suggest(String skillQuery, Optional<Level> level, Optional<Role> role) implements Command {}

    /** Suggestions waiting for review, for one skill (at a level, for a role, if given) or (empty query) all. */
    record Proposals(String skillQuery, Optional<Level> level, Optional<Role> role) implements Command {}

    /** Manage the channel's weekly digest: subscribe to a scope (all, a domain or a skill), unsubscribe, preview. */
    record Digest(Action action, String scopeQuery) implements Command {

        public enum Action {
            SUBSCRIBE,
            UNSUBSCRIBE,
            PREVIEW
        }
    }

    /**
     * {@code follow <skill>} ({@code on}) or {@code unfollow <skill>}: as the Follow button, told privately when the
     * skill changes; no skill ({@code follow} alone) lists the skills followed. The words are read as a lookup's.
     */
    record Follow(boolean on, String skillQuery) implements Command {}

    /** The running version, the catalog's source and revision, its last reload and drift, and the platforms. */
    record About() implements Command {}

    /**
     * A personal command: {@code me …} (profile, marks, forget, export, share) or {@code next …}
     * (the promotion checklist). The words after the verb are read by the personal feature itself.
     */
    record Personal(Kind kind, List<String> words) implements Command {

        public enum Kind {
            ME,
            NEXT
        }

        public Personal {
            words = List.copyOf(words);
        }
    }

    /** Text that is not a valid command, with the message that explains why. */
    record Invalid(MessageKey reason, List<Object> args) implements Command {

        public Invalid {
            args = List.copyOf(args);
        }
    }
}
