package dev.skillbot.testing;

import dev.skillbot.me.CellRef;
import dev.skillbot.me.ChecklistIndex;
import dev.skillbot.me.DirectMessages;
import dev.skillbot.me.MeCommands;
import dev.skillbot.me.PersonalData;
import dev.skillbot.me.PersonalStores;
import dev.skillbot.me.PostedCards;
import dev.skillbot.me.Profile;
import dev.skillbot.me.Profiles;
import dev.skillbot.me.SelfMark;
import dev.skillbot.me.SelfMarks;
import dev.skillbot.me.ShareTakedowns;
import dev.skillbot.me.Shares;
import dev.skillbot.me.UserRef;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The personal ports in memory, for card tests that need a profile and marks but no database (golden files, limits). */
public final class MemoryPersonal implements Profiles, SelfMarks, PersonalData, Shares {

    private final Map<UserRef, Profile> profiles = new ConcurrentHashMap<>();
    private final Map<UserRef, Map<CellRef, SelfMark>> marks = new ConcurrentHashMap<>();
    private final Map<Long, Share> shares = new ConcurrentHashMap<>();
    private final List<Comment> comments = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong();
    /** Posted cards by id, and the share each belongs to while the share lasts (a post without one is to take down). */
    private final Map<Long, Post> posts = new LinkedHashMap<>();

    private final Map<Long, Long> postShares = new java.util.HashMap<>();
    /** When a sharer last told a person (platform, sharer, person), as {@code me_share_told}. */
    private final Map<List<String>, Instant> told = new ConcurrentHashMap<>();
    /** Each comment made on someone else's share (platform, author, when), as {@code me_comment_made}. */
    private final List<Map.Entry<List<String>, Instant>> made = new ArrayList<>();

    /** The personal commands over these ports. */
    public MeCommands commands(Clock clock) {
        return commands(clock, List.of());
    }

    /** With the direct messages a share tells its person by. */
    public MeCommands commands(Clock clock, List<DirectMessages> messages) {
        return commands(clock, messages, List.of());
    }

    /** With the platforms that take a stopped share's posted cards down, at once on the asker's thread. */
    public MeCommands commands(Clock clock, List<DirectMessages> messages, List<PostedCards> posted) {
        return new MeCommands(
                new PersonalStores(this, this, this, this, clock),
                new ChecklistIndex(),
                messages,
                new ShareTakedowns(this, posted, Runnable::run));
    }

    @Override
    public Optional<Profile> find(UserRef user) {
        return Optional.ofNullable(profiles.get(user));
    }

    @Override
    public void place(UserRef user, Optional<String> roleId, Optional<String> levelId, Instant at) {
        profiles.compute(
                user,
                (key, was) -> new Profile(
                        user,
                        roleId.orElse(was == null ? "" : was.roleId()),
                        levelId.orElse(was == null ? "" : was.levelId()),
                        was == null ? Optional.empty() : was.language(),
                        at));
    }

    @Override
    public void setLanguage(UserRef user, Optional<String> language, Instant at) {
        profiles.compute(
                user,
                (key, was) -> was == null && language.isEmpty()
                        ? null
                        : new Profile(
                                user, was == null ? "" : was.roleId(), was == null ? "" : was.levelId(), language, at));
    }

    @Override
    public Map<CellRef, SelfMark> of(UserRef user) {
        return Map.copyOf(marks.getOrDefault(user, Map.of()));
    }

    @Override
    public void set(UserRef user, SelfMark mark) {
        marks.computeIfAbsent(user, key -> new ConcurrentHashMap<>()).put(mark.cell(), mark);
    }

    @Override
    public void clear(UserRef user, CellRef cell) {
        marks.getOrDefault(user, new ConcurrentHashMap<>()).remove(cell);
    }

    /** As the database: the profiles and marks of every workspace the person's forget reaches ({@link UserRef#reaches}). */
    @Override
    public Map<String, List<Map<String, Object>>> export(UserRef user) {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        List<Map<String, Object>> profileRows = profiles.values().stream()
                .filter(profile -> user.reaches(profile.user()))
                .sorted(java.util.Comparator.comparing(profile -> profile.user().workspace()))
                .<Map<String, Object>>map(profile -> Map.of(
                        "workspace", profile.user().workspace(),
                        "role_id", profile.roleId(),
                        "level_id", profile.levelId()))
                .toList();
        if (!profileRows.isEmpty()) {
            tables.put("me_profile", profileRows);
        }
        List<Map<String, Object>> rows = marks.entrySet().stream()
                .filter(entry -> user.reaches(entry.getKey()))
                .flatMap(entry -> entry.getValue().values().stream())
                .sorted(java.util.Comparator.comparing(mark -> mark.cell().toString()))
                .<Map<String, Object>>map(mark -> Map.of(
                        "skill_id", mark.cell().skillId(),
                        "level_id", mark.cell().levelId(),
                        "role_id", mark.cell().roleId(),
                        "text_hash", mark.textHash(),
                        "marked_at", mark.markedAt().toString()))
                .toList();
        if (!rows.isEmpty()) {
            tables.put("me_mark", rows);
        }
        return tables;
    }

    @Override
    public synchronized void forget(UserRef user) {
        profiles.keySet().removeIf(user::reaches);
        marks.keySet().removeIf(user::reaches);
        comments.removeIf(comment -> comment.authorId().equals(user.user()));
        made.removeIf(entry -> entry.getKey().equals(List.of(user.platform().name(), user.user())));
        told.keySet().removeIf(key -> key.get(0).equals(user.platform().name()) && key.contains(user.user()));
        shares.values()
                .removeIf(share ->
                        user.reaches(share.owner()) || share.viewer().id().equals(user.user()));
        comments.removeIf(comment -> !shares.containsKey(comment.shareId()));
        orphanPosts();
    }

    @Override
    public synchronized void posted(long shareId, Post post, Instant at) {
        long id = ids.incrementAndGet();
        posts.put(id, new Post(id, post.platform(), post.workspace(), post.channel(), post.message()));
        if (shares.containsKey(shareId)) {
            postShares.put(id, shareId);
        }
    }

    @Override
    public synchronized List<Post> toTakeDown(long afterId, int max) {
        return posts.values().stream()
                .filter(post -> post.id() > afterId && !postShares.containsKey(post.id()))
                .limit(max)
                .toList();
    }

    @Override
    public synchronized void takenDown(long postId) {
        if (!postShares.containsKey(postId)) {
            posts.remove(postId);
        }
    }

    private synchronized void orphanPosts() {
        postShares.values().removeIf(share -> !shares.containsKey(share));
    }

    @Override
    public long share(UserRef owner, Viewer viewer, Instant at) {
        long id = ids.incrementAndGet();
        shares.put(id, new Share(id, owner, viewer, at, viewer.channel() ? null : at));
        return id;
    }

    @Override
    public Optional<Share> find(long id) {
        return Optional.ofNullable(shares.get(id));
    }

    @Override
    public boolean open(long id, Instant at) {
        return shares.computeIfPresent(
                        id,
                        (key, share) -> share.isOpen()
                                ? share
                                : new Share(share.id(), share.owner(), share.viewer(), share.at(), at))
                != null;
    }

    @Override
    public List<Share> ownedBy(UserRef owner) {
        return shares.values().stream()
                .filter(share -> share.owner().equals(owner))
                .sorted(java.util.Comparator.comparing(Share::at).reversed())
                .toList();
    }

    @Override
    public List<Share> ownedAnywhere(dev.skillbot.chat.Platform platform, String ownerId) {
        return shares.values().stream()
                .filter(share -> share.owner().platform() == platform
                        && share.owner().user().equals(ownerId))
                .sorted(java.util.Comparator.comparing(Share::at).reversed())
                .toList();
    }

    @Override
    public synchronized boolean revoke(UserRef owner, long id) {
        Share share = shares.get(id);
        if (share == null || !share.owner().equals(owner)) {
            return false;
        }
        shares.remove(id);
        comments.removeIf(comment -> comment.shareId() == id);
        orphanPosts();
        return true;
    }

    @Override
    public synchronized boolean comment(long shareId, String skillId, UserRef author, String text, Instant at) {
        if (!shares.containsKey(shareId)) {
            return false;
        }
        comments.add(new Comment(shareId, skillId, author.user(), text, at));
        Share share = shares.get(shareId);
        if (!share.owner().user().equals(author.user())) {
            made.add(Map.entry(List.of(share.owner().platform().name(), author.user()), at));
        }
        return true;
    }

    @Override
    public synchronized List<UserRef> ownersTouchedBy(UserRef person) {
        return shares.values().stream()
                .filter(share -> share.owner().platform() == person.platform()
                        && !share.owner().user().equals(person.user())
                        && (share.viewer().id().equals(person.user())
                                || comments.stream()
                                        .anyMatch(comment -> comment.shareId() == share.id()
                                                && comment.authorId().equals(person.user()))))
                .map(Share::owner)
                .distinct()
                .toList();
    }

    @Override
    public synchronized int commentsOnOthersSince(UserRef author, Instant since) {
        List<String> key = List.of(author.platform().name(), author.user());
        return (int) made.stream()
                .filter(entry -> entry.getKey().equals(key) && !entry.getValue().isBefore(since))
                .count();
    }

    @Override
    public synchronized Commented commentWithin(
            long shareId, String skillId, UserRef author, String text, Instant at, Instant since, int max) {
        if (commentsOnOthersSince(author, since) >= max) {
            return Commented.OVER_LIMIT;
        }
        return comment(shareId, skillId, author, text, at) ? Commented.SAVED : Commented.GONE;
    }

    @Override
    public boolean claimTelling(UserRef sharer, String viewerId, Instant at, Instant since) {
        boolean[] won = {false};
        told.compute(List.of(sharer.platform().name(), sharer.user(), viewerId), (key, before) -> {
            won[0] = before == null || !before.isAfter(since);
            return won[0] ? at : before;
        });
        return won[0];
    }

    @Override
    public void releaseTelling(UserRef sharer, String viewerId, Instant at) {
        told.remove(List.of(sharer.platform().name(), sharer.user(), viewerId), at);
    }

    @Override
    public synchronized void expireLimits(Instant before) {
        told.values().removeIf(at -> !at.isAfter(before));
        made.removeIf(entry -> !entry.getValue().isAfter(before));
    }

    @Override
    public synchronized List<Comment> comments(UserRef owner) {
        return comments.stream()
                .filter(comment -> shares.get(comment.shareId()).owner().equals(owner))
                .toList();
    }
}
