package dev.skillbot.digest.follow;

import dev.skillbot.card.TextCut;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.CurrentCatalog;
import dev.skillbot.catalog.Skill;
import dev.skillbot.chat.Invocation;
import dev.skillbot.command.FollowCommands;
import dev.skillbot.i18n.MessageKey;
import dev.skillbot.i18n.Messages;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The Follow button: follows a skill, or unfollows it when the user already follows it; and {@code follow <skill>},
 * {@code unfollow <skill>} and {@code follow} typed by hand ({@link FollowCommands}).
 */
public final class FollowService implements FollowCommands {

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
        return followed(invocation).orElse(List.of());
    }

    @Override
    public Optional<List<String>> followed(Invocation invocation) {
        Messages messages = Messages.forLocale(invocation.locale());
        Catalog catalog = catalogs.current();
        List<Follows.Followed> followed;
        try {
            followed = follows.followedBy(invocation.platform(), invocation.user());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return Optional.of(followed.stream()
                .flatMap(follow -> catalog.skill(follow.skillId()).stream().map(skill -> {
                    String name = name(skill, messages);
                    boolean changed = skill.updated().isAfter(LocalDate.ofInstant(follow.since(), ZoneOffset.UTC));
                    return changed ? messages.get(MessageKey.FOLLOW_CHANGED, name) : name;
                }))
                .toList());
    }

    /** Toggles the follow and says, in the user's language, what it is now. */
    public String toggle(Invocation invocation, String skillId) {
        Messages messages = Messages.forLocale(invocation.locale());
        Optional<Skill> skill = catalogs.current().skill(skillId == null ? "" : skillId);
        if (skill.isEmpty()) {
            String shown = skillId == null ? "" : TextCut.clip(skillId, 64);
            return messages.get(MessageKey.FOLLOW_UNKNOWN_SKILL, shown);
        }
        String name = name(skill.get(), messages);
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

    @Override
    public String follow(Invocation invocation, Skill skill, boolean on) {
        Messages messages = Messages.forLocale(invocation.locale());
        String name = name(skill, messages);
        try {
            if (on) {
                boolean followed = follows.follow(
                        invocation.platform(),
                        invocation.workspace(),
                        invocation.user(),
                        skill.id(),
                        messages.localeTag(),
                        clock.instant());
                return messages.get(
                        followed ? MessageKey.FOLLOW_TYPED_ON : MessageKey.FOLLOW_ALREADY, name, skill.id());
            }
            boolean stopped = follows.unfollow(invocation.platform(), invocation.user(), skill.id());
            return messages.get(stopped ? MessageKey.FOLLOW_OFF : MessageKey.FOLLOW_NOT_FOLLOWING, name);
        } catch (RuntimeException e) {
            return messages.get(MessageKey.DIGEST_UNAVAILABLE);
        }
    }

    /** The skill's name in the reader's language, as a lookup shows it. */
    private static String name(Skill skill, Messages messages) {
        return skill.localizedName().in(messages.localeTag()).text();
    }
}
