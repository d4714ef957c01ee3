package dev.skillbot.persistence;

import dev.skillbot.me.Profile;
import dev.skillbot.me.Profiles;
import dev.skillbot.me.UserRef;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code me_profile}: one row per (platform, workspace, user); each change updates only its own columns. */
public final class JdbcProfiles implements Profiles {

    private static final String KEY = "platform = ? and workspace = ? and user_id = ?";

    private final JdbcClient jdbc;

    public JdbcProfiles(JdbcOperations jdbc) {
        this.jdbc = JdbcClient.create(jdbc);
    }

    @Override
    public Optional<Profile> find(UserRef user) {
        return jdbc.sql("select role_id, level_id, language, updated_at from me_profile where " + KEY)
                .params(user.platform().name(), user.workspace(), user.user())
                .query((row, n) -> new Profile(
                        user,
                        row.getString("role_id"),
                        row.getString("level_id"),
                        Optional.ofNullable(row.getString("language")),
                        row.getTimestamp("updated_at").toInstant()))
                .optional();
    }

    /** {@code coalesce} keeps the stored role or level where none is given: one statement, no read before it. */
    @Override
    public void place(UserRef user, Optional<String> roleId, Optional<String> levelId, Instant at) {
        String role = roleId.orElse(null);
        String level = levelId.orElse(null);
        Upsert.run(
                () -> jdbc.sql(
                                "update me_profile set role_id = coalesce(?, role_id), level_id = coalesce(?, level_id), "
                                        + "updated_at = ? where " + KEY)
                        .params(role, level, Timestamp.from(at), user.platform().name(), user.workspace(), user.user())
                        .update(),
                () -> insert(user, roleId.orElse(""), levelId.orElse(""), null, at));
    }

    @Override
    public void setLanguage(UserRef user, Optional<String> language, Instant at) {
        Upsert.run(
                () -> {
                    int updated = jdbc.sql("update me_profile set language = ?, updated_at = ? where " + KEY)
                            .params(
                                    language.orElse(null),
                                    Timestamp.from(at),
                                    user.platform().name(),
                                    user.workspace(),
                                    user.user())
                            .update();
                    return updated > 0 || language.isEmpty() ? 1 : 0; // no profile and no language: nothing to keep
                },
                () -> insert(user, "", "", language.get(), at));
    }

    private void insert(UserRef user, String role, String level, String language, Instant at) {
        jdbc.sql("insert into me_profile (platform, workspace, user_id, role_id, level_id, language, updated_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        user.platform().name(),
                        user.workspace(),
                        user.user(),
                        role,
                        level,
                        language,
                        Timestamp.from(at))
                .update();
    }
}
