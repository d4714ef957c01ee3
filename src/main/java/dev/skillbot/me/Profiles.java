package dev.skillbot.me;

import java.time.Instant;
import java.util.Optional;

/**
 * Where profiles are kept. Each change writes only the columns it changes, so that a role picked on one device and
 * a language set on another at the same moment (two replicas) both land. Every method may throw
 * {@link MeUnavailableException} when the store cannot answer now.
 */
public interface Profiles {

    Optional<Profile> find(UserRef user);

    /**
     * Sets the role, the level, or both (an empty one stays as stored), and nothing else; a profile that does not
     * exist yet is made, empty where nothing is given.
     */
    void place(UserRef user, Optional<String> roleId, Optional<String> levelId, Instant at);

    /**
     * Sets the reading language, or clears it when empty, and nothing else; a profile that does not exist yet is made
     * (with no role and level) only to hold a language.
     */
    void setLanguage(UserRef user, Optional<String> language, Instant at);
}
