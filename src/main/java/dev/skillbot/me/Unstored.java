package dev.skillbot.me;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The ports where nothing is stored (the command line): every personal call says it is unavailable. */
final class Unstored {

    static final Profiles PROFILES = new Profiles() {
        @Override
        public Optional<Profile> find(UserRef user) {
            throw none();
        }

        @Override
        public void place(UserRef user, Optional<String> roleId, Optional<String> levelId, java.time.Instant at) {
            throw none();
        }

        @Override
        public void setLanguage(UserRef user, Optional<String> language, java.time.Instant at) {
            throw none();
        }
    };

    static final SelfMarks MARKS = new SelfMarks() {
        @Override
        public Map<CellRef, SelfMark> of(UserRef user) {
            throw none();
        }

        @Override
        public void set(UserRef user, SelfMark mark) {
            throw none();
        }

        @Override
        public void clear(UserRef user, CellRef cell) {
            throw none();
        }
    };

    static final PersonalData DATA = new PersonalData() {
        @Override
        public Map<String, List<Map<String, Object>>> export(UserRef user) {
            throw none();
        }

        @Override
        public void forget(UserRef user) {
            throw none();
        }
    };

    static final Shares SHARES = new Shares() {
        @Override
        public long share(UserRef owner, Viewer viewer, java.time.Instant at) {
            throw none();
        }

        @Override
        public boolean open(long id, java.time.Instant at) {
            throw none();
        }

        @Override
        public List<Share> ownedBy(UserRef owner) {
            throw none();
        }

        @Override
        public List<Share> ownedAnywhere(dev.skillbot.chat.Platform platform, String ownerId) {
            throw none();
        }

        @Override
        public void posted(long shareId, Post post, java.time.Instant at) {
            throw none();
        }

        @Override
        public List<Post> toTakeDown(long afterId, int max) {
            throw none();
        }

        @Override
        public void takenDown(long postId) {
            throw none();
        }

        @Override
        public boolean revoke(UserRef owner, long id) {
            throw none();
        }

        @Override
        public Optional<Share> find(long id) {
            throw none();
        }

        @Override
        public boolean comment(long shareId, String skillId, UserRef author, String text, java.time.Instant at) {
            throw none();
        }

        @Override
        public int commentsOnOthersSince(UserRef author, java.time.Instant since) {
            throw none();
        }

        @Override
        public List<UserRef> ownersTouchedBy(UserRef person) {
            throw none();
        }

        @Override
        public Commented commentWithin(
                long shareId,
                String skillId,
                UserRef author,
                String text,
                java.time.Instant at,
                java.time.Instant since,
                int max) {
            throw none();
        }

        @Override
        public boolean claimTelling(UserRef sharer, String viewerId, java.time.Instant at, java.time.Instant since) {
            throw none();
        }

        @Override
        public void releaseTelling(UserRef sharer, String viewerId, java.time.Instant at) {
            throw none();
        }

        @Override
        public void expireLimits(java.time.Instant before) {
            throw none();
        }

        @Override
        public List<Comment> comments(UserRef owner) {
            throw none();
        }
    };

    private Unstored() {}

    private static MeUnavailableException none() {
        return new MeUnavailableException("nothing personal is stored here", null);
    }
}
