package dev.skillbot.persistence;

import dev.skillbot.chat.Platform;
import dev.skillbot.digest.DigestClaims;
import dev.skillbot.digest.IsoWeek;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code digest_claim}: a claim is a row keyed on (platform, channel, week), so it exists once. */
public final class JdbcDigestClaims implements DigestClaims {

    /** The longest outcome kept: {@code digest_claim.outcome} holds 512 characters. */
    static final int OUTCOME_MAX_LENGTH = 500;

    private final JdbcClient jdbc;

    public JdbcDigestClaims(JdbcOperations jdbc) {
        this.jdbc = JdbcClient.create(jdbc);
    }

    @Override
    public boolean claim(Platform platform, String channel, IsoWeek week, String claimant, Instant at) {
        try {
            return jdbc.sql(
                                    "insert into digest_claim (platform, channel, week, claimed_by, claimed_at) values (?, ?, ?, ?, ?)")
                            .params(platform.name(), channel, week.toString(), claimant, Timestamp.from(at))
                            .update()
                    == 1;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }

    @Override
    public List<Claim> unfinished(Instant before) {
        return jdbc.sql("select * from digest_claim where message_id is null and outcome is null and claimed_at < ?")
                .param(Timestamp.from(before))
                .query(JdbcDigestClaims::claim)
                .list();
    }

    @Override
    public boolean takeOver(Claim claim, String claimant, Instant at) {
        return jdbc.sql(
                                "update digest_claim set claimed_by = ?, claimed_at = ? where platform = ? and channel = ? and week = ? "
                                        + "and message_id is null and claimed_by = ? and claimed_at = ?")
                        .params(
                                claimant,
                                Timestamp.from(at),
                                claim.platform().name(),
                                claim.channel(),
                                claim.week().toString(),
                                claim.claimedBy(),
                                Timestamp.from(claim.claimedAt()))
                        .update()
                == 1;
    }

    @Override
    public void recordPosted(Platform platform, String channel, IsoWeek week, String messageId, Instant at) {
        jdbc.sql(
                        "update digest_claim set message_id = ?, posted_at = ?, outcome = 'posted' where platform = ? and channel = ? and week = ?")
                .params(messageId, Timestamp.from(at), platform.name(), channel, week.toString())
                .update();
    }

    @Override
    public void recordOutcome(Platform platform, String channel, IsoWeek week, String outcome) {
        String kept = outcome.length() > OUTCOME_MAX_LENGTH ? outcome.substring(0, OUTCOME_MAX_LENGTH) : outcome;
        jdbc.sql("update digest_claim set outcome = ? where platform = ? and channel = ? and week = ?")
                .params(kept, platform.name(), channel, week.toString())
                .update();
    }

    @Override
    public void release(Platform platform, String channel, IsoWeek week) {
        jdbc.sql("delete from digest_claim where platform = ? and channel = ? and week = ? and message_id is null")
                .params(platform.name(), channel, week.toString())
                .update();
    }

    @Override
    public Optional<Claim> find(Platform platform, String channel, IsoWeek week) {
        return jdbc.sql("select * from digest_claim where platform = ? and channel = ? and week = ?")
                .params(platform.name(), channel, week.toString())
                .query(JdbcDigestClaims::claim)
                .optional();
    }

    private static Claim claim(ResultSet row, int number) throws SQLException {
        return new Claim(
                Platform.valueOf(row.getString("platform")),
                row.getString("channel"),
                IsoWeek.parse(row.getString("week")),
                row.getString("claimed_by"),
                row.getTimestamp("claimed_at").toInstant(),
                row.getString("message_id"));
    }
}
