package dev.skillbot.persistence;

import dev.skillbot.me.PersonalData;
import dev.skillbot.me.UserRef;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Every row about one person, across the tables that hold any ({@link PersonRows} says which): their profile,
 * marks, follows, shares (made, or made with them), comments, the suggestions they authored and the digest
 * subscriptions they made. Forgetting deletes the personal rows and, in the shared records a team keeps
 * (suggestions, which Git also holds; a channel's subscription), replaces the person's id and name with
 * {@link #FORGOTTEN}; all in one transaction.
 */
public final class JdbcPersonalData implements PersonalData {

    static final String FORGOTTEN = "forgotten";

    private final JdbcClient jdbc;
    private final TransactionOperations transactions;
    private final PersonalExport exports;

    public JdbcPersonalData(JdbcOperations jdbc, TransactionOperations transactions) {
        this.jdbc = JdbcClient.create(jdbc);
        this.transactions = transactions;
        this.exports = new PersonalExport(this.jdbc);
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(UserRef user) {
        return exports.of(new PersonRows(user));
    }

    @Override
    public void forget(UserRef user) {
        PersonRows person = new PersonRows(user);
        transactions.executeWithoutResult(status -> {
            // the author's turn row before any share's, in the order a comment takes them (ShareComments)
            update("delete from me_comment_turn where ", person.commentTurn());
            update("delete from me_comment_made where ", person.commentTurn());
            lockSharesTouched(person);
            update("delete from me_comment where ", person.comments());
            update("delete from me_share where ", person.shares());
            update("delete from me_mark where ", person.own());
            update("delete from me_profile where ", person.own());
            update("delete from skill_follow where ", person.followed());
            update("delete from me_share_told where ", person.told());
            update("delete from home_view where ", person.homeView());
            update(
                    "update proposal set author_user_id = ?, author_name = ? where ",
                    person.authored().withFirst(FORGOTTEN, FORGOTTEN));
            update(
                    "update proposal set decided_by = ?, decider_user_id = ? where ",
                    person.decided().withFirst(FORGOTTEN, FORGOTTEN));
            update(
                    "update digest_subscription set created_by = ? where ",
                    person.subscribed().withFirst(FORGOTTEN));
        });
    }

    /**
     * Locks, one by one in the order of their ids, every share this forget deletes from: theirs, and those they
     * commented on. A comment locks its share's row too, and so does a revocation: a comment racing the forget
     * either lands first (and goes) or finds no share. The fixed order keeps two forgets at once (two people who
     * shared with each other) from taking each other's rows crosswise, which the database ended as a deadlock.
     */
    private void lockSharesTouched(PersonRows person) {
        PersonRows.Sql touched = person.shares()
                .or(person.commentsWritten().around("id in (select share_id from me_comment where ", ")"));
        List<Long> ids = jdbc.sql("select id from me_share where " + touched.text() + " order by id")
                .params(touched.params())
                .query(Long.class)
                .list();
        for (long id : ids) {
            jdbc.sql("select id from me_share where id = ? for update")
                    .param(id)
                    .query(Long.class)
                    .list();
        }
    }

    private void update(String statement, PersonRows.Sql where) {
        jdbc.sql(statement + where.text()).params(where.params()).update();
    }
}
