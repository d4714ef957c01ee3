package dev.skillbot.me;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The personal ports together, with profiles kept a few seconds per user: a typed lookup asks for
 * the profile twice (to fill in the level, then to add the personal parts), and one database call
 * is enough. This replica's own writes drop the kept profile at once; another replica's show
 * within {@link #PROFILE_LIFETIME}. A change writes only what it changes ({@link Profiles}).
 */
public final class PersonalStores {

    static final Duration PROFILE_LIFETIME = Duration.ofSeconds(5);

    private final Profiles profiles;
    private final SelfMarks marks;
    private final PersonalData data;
    private final Shares shares;
    private final Clock clock;
    private final boolean stored;
    private final Cache<UserRef, Optional<Profile>> recent = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(PROFILE_LIFETIME)
            // Read on every answer (the reader's language): upkeep on the caller, since waking a pool thread
            // every few answers cost more than the upkeep (docs/performance.md, "Issue 19: Slack /skill vs no-op").
            .executor(Runnable::run)
            .build();

    public PersonalStores(Profiles profiles, SelfMarks marks, PersonalData data, Shares shares, Clock clock) {
        this(profiles, marks, data, shares, clock, true);
    }

    private PersonalStores(
            Profiles profiles, SelfMarks marks, PersonalData data, Shares shares, Clock clock, boolean stored) {
        this.stored = stored;
        this.profiles = profiles;
        this.marks = marks;
        this.data = data;
        this.shares = shares;
        this.clock = clock;
    }

    /** No storage (the command line): {@code next sre lead} works, everything personal is unavailable. */
    public static PersonalStores none(Clock clock) {
        return new PersonalStores(Unstored.PROFILES, Unstored.MARKS, Unstored.DATA, Unstored.SHARES, clock, false);
    }

    /** False where nothing personal is ever stored (the command line): cards then carry no personal line at all. */
    public boolean stored() {
        return stored;
    }

    public Optional<Profile> profile(UserRef user) {
        return recent.get(user, profiles::find);
    }

    /** The profile as stored now, not the copy kept for a few seconds: what a change reads what it leaves out from. */
    public Optional<Profile> storedProfile(UserRef user) {
        Optional<Profile> stored = profiles.find(user);
        recent.put(user, stored);
        return stored;
    }

    /** Drops the copy of {@code user}'s profile kept for a few seconds: the next read is the stored one. */
    public void dropKept(UserRef user) {
        recent.invalidate(user);
    }

    /** Sets the role and level given (an empty one stays as stored); see {@link Profiles#place}. */
    public void place(UserRef user, Optional<String> roleId, Optional<String> levelId) {
        profiles.place(user, roleId, levelId, clock.instant());
        recent.invalidate(user);
    }

    /** Sets or clears the reading language; see {@link Profiles#setLanguage}. */
    public void setLanguage(UserRef user, Optional<String> language) {
        profiles.setLanguage(user, language, clock.instant());
        recent.invalidate(user);
    }

    public Map<CellRef, SelfMark> marks(UserRef user) {
        return marks.of(user);
    }

    public SelfMarks markStore() {
        return marks;
    }

    public Shares shares() {
        return shares;
    }

    public PersonalData data() {
        return data;
    }

    /** Every profile the forget reached goes from the kept ones too: on Discord, those of every server. */
    public void forget(UserRef user) {
        data.forget(user);
        recent.asMap().keySet().removeIf(user::reaches);
    }

    /** Deletes the hourly limits' rows whose hour is over ({@link ShareTold}, {@link CommentTurns}); never throws. */
    public void expireLimits() {
        try {
            shares.expireLimits(clock.instant().minus(ShareTold.QUIET));
        } catch (RuntimeException e) { // the database is down: the next sweep deletes them
        }
    }

    public Clock clock() {
        return clock;
    }
}
