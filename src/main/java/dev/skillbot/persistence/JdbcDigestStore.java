package dev.skillbot.persistence;

import dev.skillbot.command.Platform;
import dev.skillbot.digest.CatalogChange;
import dev.skillbot.digest.DigestStore;
import dev.skillbot.digest.IsoWeek;
import dev.skillbot.digest.Scope;
import dev.skillbot.digest.Subscription;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The digest's tables; a claim is a row keyed on (platform, channel, week), so it exists once. */
public final class JdbcDigestStore implements DigestStore {

    private final JdbcClient jdbc;

    public JdbcDigestStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void subscribe(Subscription s) {
        int updated = jdbc.sql("update digest_subscription set scope_kind = ?, scope_value = ?, workspace = ?, locale = ? "
                        + "where platform = ? and channel = ?")
                .params(s.scope().kind().name(), s.scope().value(), s.workspace(), s.locale(), s.platform().name(), s.channel()).update();
        if (updated == 0) {
            try {
                jdbc.sql("insert into digest_subscription (platform, workspace, channel, scope_kind, scope_value, created_by, created_at, "
                                + "failures, locale) values (?, ?, ?, ?, ?, ?, ?, 0, ?)")
                        .params(s.platform().name(), s.workspace(), s.channel(), s.scope().kind().name(), s.scope().value(),
                                s.createdBy(), Timestamp.from(s.createdAt()), s.locale()).update();
            } catch (DuplicateKeyException raced) {
                subscribe(s);
            }
        }
    }

    @Override
    public boolean unsubscribe(Platform platform, String channel) {
        return jdbc.sql("delete from digest_subscription where platform = ? and channel = ?").params(platform.name(), channel).update() == 1;
    }

    @Override
    public Optional<Subscription> subscription(Platform platform, String channel) {
        return jdbc.sql("select * from digest_subscription where platform = ? and channel = ?").params(platform.name(), channel)
                .query(JdbcDigestStore::subscription).optional();
    }

    @Override
    public List<Subscription> subscriptions() {
        return jdbc.sql("select * from digest_subscription order by platform, channel").query(JdbcDigestStore::subscription).list();
    }

    @Override
    public int recordFailure(Platform platform, String channel) {
        jdbc.sql("update digest_subscription set failures = failures + 1 where platform = ? and channel = ?").params(platform.name(), channel).update();
        return subscription(platform, channel).map(Subscription::failures).orElse(0);
    }

    @Override
    public void resetFailures(Platform platform, String channel) {
        jdbc.sql("update digest_subscription set failures = 0 where platform = ? and channel = ?").params(platform.name(), channel).update();
    }

    @Override
    public boolean claim(Platform platform, String channel, IsoWeek week, String claimant, Instant at) {
        try {
            return jdbc.sql("insert into digest_claim (platform, channel, week, claimed_by, claimed_at) values (?, ?, ?, ?, ?)")
                    .params(platform.name(), channel, week.toString(), claimant, Timestamp.from(at)).update() == 1;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }

    @Override
    public List<Claim> unfinishedClaims(Instant before) {
        return jdbc.sql("select * from digest_claim where message_id is null and outcome is null and claimed_at < ?")
                .param(Timestamp.from(before)).query(JdbcDigestStore::claim).list();
    }

    @Override
    public boolean takeOver(Claim claim, String claimant, Instant at) {
        return jdbc.sql("update digest_claim set claimed_by = ?, claimed_at = ? where platform = ? and channel = ? and week = ? "
                        + "and message_id is null and claimed_by = ? and claimed_at = ?")
                .params(claimant, Timestamp.from(at), claim.platform().name(), claim.channel(), claim.week().toString(),
                        claim.claimedBy(), Timestamp.from(claim.claimedAt()))
                .update() == 1;
    }

    @Override
    public void recordPosted(Platform platform, String channel, IsoWeek week, String messageId, Instant at) {
        jdbc.sql("update digest_claim set message_id = ?, posted_at = ?, outcome = 'posted' where platform = ? and channel = ? and week = ?")
                .params(messageId, Timestamp.from(at), platform.name(), channel, week.toString()).update();
    }

    @Override
    public void recordOutcome(Platform platform, String channel, IsoWeek week, String outcome) {
        jdbc.sql("update digest_claim set outcome = ? where platform = ? and channel = ? and week = ?")
                .params(outcome.length() > 500 ? outcome.substring(0, 500) : outcome, platform.name(), channel, week.toString()).update();
    }

    @Override
    public void releaseClaim(Platform platform, String channel, IsoWeek week) {
        jdbc.sql("delete from digest_claim where platform = ? and channel = ? and week = ? and message_id is null")
                .params(platform.name(), channel, week.toString()).update();
    }

    @Override
    public Optional<Claim> claimOf(Platform platform, String channel, IsoWeek week) {
        return jdbc.sql("select * from digest_claim where platform = ? and channel = ? and week = ?")
                .params(platform.name(), channel, week.toString()).query(JdbcDigestStore::claim).optional();
    }

    @Override
    public void recordChanges(List<CatalogChange> changes) {
        for (CatalogChange change : changes) {
            jdbc.sql("insert into catalog_change (seen_at, revision, skill_id, kind, level_id, role_id) values (?, ?, ?, ?, ?, ?)")
                    .params(Timestamp.from(change.seenAt()), change.revision(), change.skillId(), change.kind().name(),
                            change.levelId(), change.roleId()).update();
        }
    }

    @Override
    public List<CatalogChange> changesBetween(Instant from, Instant to) {
        return jdbc.sql("select * from catalog_change where seen_at >= ? and seen_at < ? order by seen_at, id")
                .params(Timestamp.from(from), Timestamp.from(to))
                .query((row, n) -> new CatalogChange(row.getTimestamp("seen_at").toInstant(), row.getString("revision"),
                        row.getString("skill_id"), CatalogChange.Kind.valueOf(row.getString("kind")), row.getString("level_id"),
                        row.getString("role_id")))
                .list();
    }

    @Override
    public void addLookups(IsoWeek week, Map<String, Long> countsBySkill) {
        countsBySkill.forEach((skillId, count) -> {
            int updated = jdbc.sql("update skill_lookup set lookups = lookups + ? where week = ? and skill_id = ?")
                    .params(count, week.toString(), skillId).update();
            if (updated == 0) {
                try {
                    jdbc.sql("insert into skill_lookup (week, skill_id, lookups) values (?, ?, ?)").params(week.toString(), skillId, count).update();
                } catch (DuplicateKeyException raced) {
                    jdbc.sql("update skill_lookup set lookups = lookups + ? where week = ? and skill_id = ?")
                            .params(count, week.toString(), skillId).update();
                }
            }
        });
    }

    @Override
    public List<Map.Entry<String, Long>> topLookups(IsoWeek week, int limit) {
        return jdbc.sql("select skill_id, lookups from skill_lookup where week = ? order by lookups desc, skill_id fetch first "
                        + Math.max(1, limit) + " rows only")
                .param(week.toString())
                .query((row, n) -> Map.entry(row.getString("skill_id"), row.getLong("lookups")))
                .list();
    }

    @Override
    public boolean follow(Platform platform, String workspace, String userId, String skillId, String locale, Instant at) {
        try {
            return jdbc.sql("insert into skill_follow (platform, workspace, user_id, skill_id, created_at, locale) values (?, ?, ?, ?, ?, ?)")
                    .params(platform.name(), workspace, userId, skillId, Timestamp.from(at), locale).update() == 1;
        } catch (DuplicateKeyException already) {
            return false;
        }
    }

    @Override
    public boolean unfollow(Platform platform, String userId, String skillId) {
        return jdbc.sql("delete from skill_follow where platform = ? and user_id = ? and skill_id = ?")
                .params(platform.name(), userId, skillId).update() == 1;
    }

    @Override
    public boolean follows(Platform platform, String userId, String skillId) {
        return jdbc.sql("select count(*) from skill_follow where platform = ? and user_id = ? and skill_id = ?")
                .params(platform.name(), userId, skillId).query(Long.class).single() > 0;
    }

    @Override
    public List<Follower> followers(String skillId) {
        return jdbc.sql("select platform, workspace, user_id, locale from skill_follow where skill_id = ? order by platform, user_id")
                .param(skillId)
                .query((row, n) -> new Follower(Platform.valueOf(row.getString("platform")), row.getString("workspace"), row.getString("user_id"),
                        row.getString("locale")))
                .list();
    }

    private static Subscription subscription(ResultSet row, int number) throws SQLException {
        return new Subscription(Platform.valueOf(row.getString("platform")), row.getString("workspace"), row.getString("channel"),
                new Scope(Scope.Kind.valueOf(row.getString("scope_kind")), row.getString("scope_value")), row.getString("created_by"),
                row.getTimestamp("created_at").toInstant(), row.getInt("failures"), row.getString("locale"));
    }

    private static Claim claim(ResultSet row, int number) throws SQLException {
        return new Claim(Platform.valueOf(row.getString("platform")), row.getString("channel"), IsoWeek.parse(row.getString("week")),
                row.getString("claimed_by"), row.getTimestamp("claimed_at").toInstant(), row.getString("message_id"));
    }
}
