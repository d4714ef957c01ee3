package dev.skillbot.me;

import java.util.Optional;

/** Where profiles are kept. Every method may throw {@link MeUnavailableException} when the store cannot answer now. */
public interface Profiles {

    Optional<Profile> find(UserRef user);

    /** Creates or replaces the user's profile. */
    void save(Profile profile);
}
