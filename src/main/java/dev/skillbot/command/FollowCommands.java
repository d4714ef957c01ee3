package dev.skillbot.command;

import dev.skillbot.catalog.Skill;
import dev.skillbot.chat.Invocation;
import java.util.List;
import java.util.Optional;

/**
 * Following a skill as the command handler sees it: {@code follow <skill>}, {@code unfollow <skill>} and {@code follow}
 * alone typed by hand do what the Follow button does. Implemented by the digest's follow feature
 * ({@code dev.skillbot.digest.follow}); {@link #NONE} where no one can be told of a change (the command line).
 */
public interface FollowCommands {

    FollowCommands NONE = new FollowCommands() {
        @Override
        public String follow(Invocation invocation, Skill skill, boolean on) {
            throw new IllegalStateException("no follows here");
        }

        @Override
        public Optional<List<String>> followed(Invocation invocation) {
            return Optional.empty();
        }

        @Override
        public boolean here() {
            return false;
        }
    };

    /**
     * Follows the skill for the asker ({@code on}) or stops following it, once however often it is typed, and says in
     * the asker's language what it did (or that nothing changed, or that follows are unavailable).
     */
    String follow(Invocation invocation, Skill skill, boolean on);

    /** The skills the asker follows, a line each in their language; empty when the store cannot answer. */
    Optional<List<String>> followed(Invocation invocation);

    /** False where following does nothing (the command line): then the handler says where it works. */
    default boolean here() {
        return true;
    }
}
