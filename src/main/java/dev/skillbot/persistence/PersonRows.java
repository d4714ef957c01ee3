package dev.skillbot.persistence;

import dev.skillbot.me.UserRef;
import java.util.ArrayList;
import java.util.List;

/**
 * Which rows are one person's, as SQL conditions with their parameters. What a person authored, decided, followed
 * or commented is theirs from whichever workspace they did it in: a platform user id is the same person in every
 * workspace and in direct messages (workspace "dm"), and the stores read it so (the suggestion rate limit, follows).
 * Profiles, marks and the shares they made are kept per workspace (one may hold different roles in each), but a
 * Discord user id is one person in every server and in direct messages ({@link UserRef#sameInEveryWorkspace()}):
 * {@code me forget} and {@code me export} from any of them reach those of every server. On Slack one installation
 * serves one workspace, whose rows are all of them.
 */
final class PersonRows {

    /** A condition and its parameters, in order. */
    record Sql(String text, List<Object> params) {

        static Sql of(String text, Object... params) {
            return new Sql(text, List.of(params));
        }

        /** {@code before}, this condition, then {@code after}, with {@code more} parameters after this one's. */
        Sql around(String before, String after, Object... more) {
            List<Object> all = new ArrayList<>(params);
            all.addAll(List.of(more));
            return new Sql(before + text + after, all);
        }

        /** The same condition, after parameters of the statement that come before it (such as an update's values). */
        Sql withFirst(Object... first) {
            List<Object> all = new ArrayList<>(List.of(first));
            all.addAll(params);
            return new Sql(text, all);
        }

        Sql or(Sql other) {
            List<Object> all = new ArrayList<>(params);
            all.addAll(other.params);
            return new Sql("(" + text + ") or (" + other.text + ")", all);
        }

        Object[] args() {
            return params.toArray();
        }
    }

    private final String p;
    private final String w;
    private final String u;
    private final boolean everyWorkspace;

    PersonRows(UserRef user) {
        this.p = user.platform().name();
        this.w = user.workspace();
        this.u = user.user();
        this.everyWorkspace = user.sameInEveryWorkspace();
    }

    /** Their rows of a table keyed by platform, workspace and {@code user_id} (profiles, marks). */
    Sql own() {
        return everyWorkspace
                ? Sql.of("platform = ? and user_id = ?", p, u)
                : Sql.of("platform = ? and workspace = ? and user_id = ?", p, w, u);
    }

    /** Their shares: made in this workspace (in every one, on Discord), or made with them anywhere on the platform. */
    Sql shares() {
        return everyWorkspace
                ? Sql.of("platform = ? and (owner_id = ? or viewer_id = ?)", p, u, u)
                : Sql.of("platform = ? and (workspace = ? and owner_id = ? or viewer_id = ?)", p, w, u, u);
    }

    /** Comments they wrote, on any share of the platform. */
    Sql commentsWritten() {
        return Sql.of("author_id = ? and share_id in (select id from me_share where platform = ?)", u, p);
    }

    /** Comments on their shares, and those they wrote. */
    Sql comments() {
        return shares().around("share_id in (select id from me_share where ", ")")
                .or(commentsWritten());
    }

    /**
     * The hourly limits' rows: their comment turn and the comments they made within the hour (keyed by platform and
     * {@code author_id}); {@link #told()}, the direct messages they sent or got about a share.
     */
    Sql commentTurn() {
        return Sql.of("platform = ? and author_id = ?", p, u);
    }

    Sql told() {
        return Sql.of("platform = ? and (sharer_id = ? or viewer_id = ?)", p, u, u);
    }

    Sql followed() {
        return Sql.of("platform = ? and user_id = ?", p, u);
    }

    /** The version of the App Home view last published to them, one per platform user. */
    Sql homeView() {
        return followed();
    }

    Sql authored() {
        return Sql.of("author_platform = ? and author_user_id = ?", p, u);
    }

    Sql decided() {
        return Sql.of("decider_platform = ? and decider_user_id = ?", p, u);
    }

    Sql subscribed() {
        return Sql.of("platform = ? and created_by = ?", p, u);
    }
}
