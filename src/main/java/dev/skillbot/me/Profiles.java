package dev.skillbot.me;

import java.util.Optional;

/** Where profiles are kept. Every method may throw {@link MeUnavailableException} when the store cannot answer now. */
public interface Profiles {

    Optional<Profile> find(UserRef user);

    /** Creates or replaces the user's profile. */
    void save(Profile profile);

    /**
     * The language the user chose with {@code me lang zh-CN}, for whoever renders cards for them; empty
     * without a choice, without a profile, or while the store cannot answer (then the caller's default holds).
     */
    default Optional<String> language(UserRef user) {
        try {
            return find(user).flatMap(Profile::language);
        } catch (MeUnavailableException e) {
            return Optional.empty();
        }
    }
}
