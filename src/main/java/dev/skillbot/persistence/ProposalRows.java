package dev.skillbot.persistence;

import dev.skillbot.chat.Platform;
import dev.skillbot.suggestion.Author;
import dev.skillbot.suggestion.Proposal;
import dev.skillbot.suggestion.ProposalStatus;
import dev.skillbot.suggestion.WriteCause;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * How a {@link Proposal} maps to a row of the {@code proposal} table and back, kept apart from the
 * {@link JdbcProposalStore}'s queries so that a new column is added in one place.
 */
final class ProposalRows {

    /** Every column a {@link #map} reads, in the order of the table. */
    static final String COLUMNS =
            "id, skill_id, level_id, role_id, old_text, new_text, old_required, new_required, rationale, "
                    + "author_platform, author_workspace, author_user_id, author_name, catalog_revision, status, created_at, updated_at, "
                    + "decided_by, decided_at, decision_note, review_channel, review_message, review_link, locale, "
                    + "attention_cause";

    /** A new proposal's row, without the generated id and the decision and review columns, which start empty. */
    static final String INSERT = """
            insert into proposal (skill_id, level_id, role_id, old_text, new_text, old_required, new_required, rationale,
                author_platform, author_workspace, author_user_id, author_name, catalog_revision, status, created_at, updated_at, locale)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private ProposalRows() {}

    /** The values of {@link #INSERT}, in its order (some may be null). */
    static List<Object> insertValues(Proposal proposal) {
        return Arrays.asList(
                proposal.skillId(),
                proposal.levelId(),
                proposal.roleId(),
                proposal.oldText(),
                proposal.newText(),
                proposal.oldRequired(),
                proposal.newRequired(),
                proposal.rationale(),
                proposal.author().platform().name(),
                proposal.author().workspace(),
                proposal.author().userId(),
                proposal.author().displayName(),
                proposal.catalogRevision(),
                proposal.status().name(),
                timestamp(proposal.createdAt()),
                timestamp(proposal.updatedAt()),
                proposal.locale());
    }

    /** A row selected with {@link #COLUMNS}. */
    static Proposal map(ResultSet row, int number) throws SQLException {
        Author author = new Author(
                Platform.valueOf(row.getString("author_platform")),
                row.getString("author_workspace"),
                row.getString("author_user_id"),
                row.getString("author_name"));
        Proposal.ReviewMessage review = row.getString("review_message") == null
                ? null
                : new Proposal.ReviewMessage(
                        row.getString("review_channel"), row.getString("review_message"), row.getString("review_link"));
        return new Proposal(
                row.getLong("id"),
                row.getString("skill_id"),
                row.getString("level_id"),
                row.getString("role_id"),
                row.getString("old_text"),
                row.getString("new_text"),
                row.getBoolean("old_required"),
                row.getBoolean("new_required"),
                row.getString("rationale"),
                author,
                row.getString("catalog_revision"),
                ProposalStatus.valueOf(row.getString("status")),
                instant(row.getTimestamp("created_at")),
                instant(row.getTimestamp("updated_at")),
                new Proposal.Verdict(
                        row.getString("decided_by"),
                        instant(row.getTimestamp("decided_at")),
                        row.getString("decision_note"),
                        WriteCause.named(row.getString("attention_cause"))),
                review,
                row.getString("locale"));
    }

    static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
