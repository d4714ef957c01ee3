package dev.skillbot.persistence;

import static dev.skillbot.persistence.ProposalRows.instant;
import static dev.skillbot.persistence.ProposalRows.timestamp;

import dev.skillbot.chat.Platform;
import dev.skillbot.suggestion.Author;
import dev.skillbot.suggestion.Proposal;
import dev.skillbot.suggestion.ProposalStatus;
import dev.skillbot.suggestion.ProposalStore;
import dev.skillbot.suggestion.StoreUnavailableException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** Proposals in a relational database (H2 by default, PostgreSQL in production), one statement per change. */
public final class JdbcProposalStore implements ProposalStore {

    private final JdbcClient jdbc;

    public JdbcProposalStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Proposal insert(Proposal proposal) {
        return guarded(() -> {
            KeyHolder keys = new GeneratedKeyHolder();
            jdbc.sql(ProposalRows.INSERT)
                    .params(ProposalRows.insertValues(proposal))
                    .update(keys, "id");
            return proposal.withId(keys.getKeyAs(Number.class).longValue());
        });
    }

    @Override
    public Optional<Proposal> find(long id) {
        return guarded(() -> jdbc.sql("select " + ProposalRows.COLUMNS + " from proposal where id = ?")
                .param(id)
                .query(ProposalRows::map)
                .optional());
    }

    @Override
    public List<Proposal> open(String skillId, int limit) {
        return guarded(() -> jdbc.sql(
                        "select " + ProposalRows.COLUMNS + " from proposal where status = 'OPEN'" + skillFilter(skillId)
                                + " order by created_at desc, id desc fetch first " + Math.max(1, limit) + " rows only")
                .params(skillParams(skillId))
                .query(ProposalRows::map)
                .list());
    }

    @Override
    public List<Proposal> inStatus(ProposalStatus status, int limit) {
        return guarded(() -> jdbc.sql(
                        "select " + ProposalRows.COLUMNS + " from proposal where status = ? order by id fetch first "
                                + Math.max(1, limit) + " rows only")
                .param(status.name())
                .query(ProposalRows::map)
                .list());
    }

    @Override
    public long countOpen(String skillId) {
        return guarded(() -> jdbc.sql("select count(*) from proposal where status = 'OPEN'" + skillFilter(skillId))
                .params(skillParams(skillId))
                .query(Long.class)
                .single());
    }

    @Override
    public java.util.Map<String, Long> countOpenBySkill() {
        java.util.Map<String, Long> counts = new java.util.HashMap<>();
        guarded(() -> jdbc.sql("select skill_id, count(*) from proposal where status = 'OPEN' group by skill_id")
                .query((row, n) -> counts.put(row.getString(1), row.getLong(2)))
                .list());
        return counts;
    }

    @Override
    public Optional<Instant> oldestOpen(String skillId) {
        return guarded(
                () -> jdbc.sql("select min(created_at) from proposal where status = 'OPEN'" + skillFilter(skillId))
                        .params(skillParams(skillId))
                        .query((row, n) -> instant(row.getTimestamp(1)))
                        .optional()
                        .filter(java.util.Objects::nonNull));
    }

    @Override
    public java.util.Map<ProposalStatus, Long> countByStatus() {
        java.util.Map<ProposalStatus, Long> counts = new java.util.EnumMap<>(ProposalStatus.class);
        for (ProposalStatus status : ProposalStatus.values()) {
            counts.put(status, 0L);
        }
        guarded(() -> jdbc.sql("select status, count(*) from proposal group by status")
                .query((row, n) -> counts.put(ProposalStatus.valueOf(row.getString(1)), row.getLong(2)))
                .list());
        return counts;
    }

    @Override
    public long countByAuthorSince(Author author, Instant since) {
        return guarded(() -> jdbc.sql(
                        "select count(*) from proposal where author_platform = ? and author_user_id = ? and created_at >= ?")
                .params(author.platform().name(), author.userId(), timestamp(since))
                .query(Long.class)
                .single());
    }

    @Override
    public boolean transition(long id, ProposalStatus expected, ProposalStatus next, Proposal.Verdict verdict) {
        String cause = verdict.cause() == null ? null : verdict.cause().name();
        return guarded(
                () -> jdbc.sql("update proposal set status = ?, decided_by = ?, decided_at = ?, decision_note = ?, "
                                        + "attention_cause = ?, updated_at = ? where id = ? and status = ?")
                                .params(
                                        next.name(),
                                        verdict.by(),
                                        timestamp(verdict.at()),
                                        verdict.note(),
                                        cause,
                                        timestamp(verdict.at()),
                                        id,
                                        expected.name())
                                .update()
                        == 1);
    }

    @Override
    public boolean decide(
            long id, ProposalStatus expected, ProposalStatus next, Author reviewer, String note, Instant at) {
        return guarded(() -> jdbc.sql("update proposal set status = ?, decided_by = ?, decider_platform = ?, "
                                + "decider_workspace = ?, decider_user_id = ?, decided_at = ?, decision_note = ?, "
                                + "attention_cause = null, updated_at = ? where id = ? and status = ?")
                        .params(
                                next.name(),
                                reviewer.displayName(),
                                reviewer.platform().name(),
                                reviewer.workspace(),
                                reviewer.userId(),
                                timestamp(at),
                                note,
                                timestamp(at),
                                id,
                                expected.name())
                        .update()
                == 1);
    }

    @Override
    public void attachReviewMessage(long id, Proposal.ReviewMessage message) {
        guarded(() -> jdbc.sql(
                        "update proposal set review_channel = ?, review_message = ?, review_link = ? where id = ?")
                .params(message.channel(), message.messageId(), message.link(), id)
                .update());
    }

    @Override
    public List<Proposal> awaitingReviewPost(
            Platform platform, Instant createdAfter, Instant createdBefore, int limit) {
        return guarded(() -> jdbc.sql("select " + ProposalRows.COLUMNS
                        + " from proposal where status = 'OPEN' and review_message is null "
                        + "and author_platform = ? and created_at > ? and created_at < ? order by id fetch first "
                        + Math.max(1, limit) + " rows only")
                .params(platform.name(), timestamp(createdAfter), timestamp(createdBefore))
                .query(ProposalRows::map)
                .list());
    }

    @Override
    public boolean claimReviewPost(long id, String claimant, Instant until, Instant now) {
        return guarded(() -> jdbc.sql(
                                "update proposal set review_claimed_by = ?, review_claimed_until = ? where id = ? "
                                        + "and review_message is null and (review_claimed_until is null or review_claimed_until < ?)")
                        .params(claimant, timestamp(until), id, timestamp(now))
                        .update()
                == 1);
    }

    private static String skillFilter(String skillId) {
        return skillId == null ? "" : " and skill_id = ?";
    }

    private static List<Object> skillParams(String skillId) {
        return skillId == null ? List.of() : List.of(skillId);
    }

    /** Connection-level failures become {@link StoreUnavailableException}; programming errors stay what they are. */
    private static <T> T guarded(Supplier<T> work) {
        try {
            return work.get();
        } catch (DataAccessException e) {
            if (Outages.isOutage(e) || Outages.isConflict(e)) {
                throw new StoreUnavailableException("the database is unavailable", e);
            }
            throw e;
        }
    }
}
