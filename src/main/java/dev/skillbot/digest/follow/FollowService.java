package dev.skillbot.digest.follow;

import dev.skillbot.card.TextCut;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.CurrentCatalog;
import dev.skillbot.catalog.Skill;
import dev.skillbot.chat.Invocation;
import dev.skillbot.i18n.MessageKey;
import dev.skillbot.i18n.Messages;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The Follow button: follows a skill, or unfollows it when the user already follows it. */
public final class FollowService {

    private final Follows follows;
    private final CurrentCatalog catalogs;
    private final Clock clock;

    public FollowService(Follows follows, CurrentCatalog catalogs, Clock clock) {
        this.follows = follows;
        this.catalogs = catalogs;
        this.clock = clock;
    }

    /**
     * The skills the reader follows, one line each in their language, marked when the skill was
     * updated after they followed it; empty when they follow none or the database cannot answer.
     */
    public List<String> followedLines(Invocation invocation) {
        Messages messages = Messages.forLocale(invocation.locale());
        Catalog catalog = catalogs.current();
        List<Follows.Followed> followed;
        try {
            followed = follows.followedBy(invocation.platform(), invocation.user());
        } catch (RuntimeException e) {
            return List.of();
        }
        return followed.stream()
                .flatMap(follow -> catalog.skill(follow.skillId()).stream().map(skill -> {
                    String name = skill.localizedName().in(messages.localeTag()).text();
                    boolean changed = skill.updated().isAfter(LocalDate.ofInstant(follow.since(), ZoneOffset.UTC));
                    return changed ? messages.get(MessageKey.FOLLOW_CHANGED, name) : name;
                }))
                .toList();
    }

    /** Toggles the follow and says, in the user's language, what it is now. */
    public String toggle(Invocation invocation, String skillId) {
        Messages messages = Messages.forLocale(invocation.locale());
        Optional<Skill> skill = catalogs.current().skill(skillId == null ? "" : skillId);
        if (skill.isEmpty()) {
            String shown = skillId == null ? "" : TextCut.clip(skillId, 64);
            return messages.get(MessageKey.FOLLOW_UNKNOWN_SKILL, shown);
        }
        String name = skill.get().name();
        try {
            if (follows.follow(
                    invocation.platform(),
                    invocation.workspace(),
                    invocation.user(),
                    skillId,
                    messages.localeTag(),
                    clock.instant())) {
                return messages.get(MessageKey.FOLLOW_ON, name);
            }
            follows.unfollow(invocation.platform(), invocation.user(), skillId);
            return messages.get(MessageKey.FOLLOW_OFF, name);
        } catch (RuntimeException e) {
            return messages.get(MessageKey.DIGEST_UNAVAILABLE);
        }
    }
}
