package dev.skillbot.persistence;

import dev.skillbot.chat.Platform;
import dev.skillbot.me.Profile;
import dev.skillbot.me.Profiles;
import dev.skillbot.me.UserRef;
import java.sql.Timestamp;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code me_profile}: one row per (platform, workspace, user). */
public final class JdbcProfiles implements Profiles {

    private final JdbcClient jdbc;

    public JdbcProfiles(JdbcOperations jdbc) {
        this.jdbc = JdbcClient.create(jdbc);
    }

    @Override
    public Optional<Profile> find(UserRef user) {
        return jdbc.sql(
                        "select role_id, level_id, language, updated_at from me_profile where platform = ? and workspace = ? and user_id = ?")
                .params(user.platform().name(), user.workspace(), user.user())
                .query((row, n) -> new Profile(
                        user,
                        row.getString("role_id"),
                        row.getString("level_id"),
                        Optional.ofNullable(row.getString("language")),
                        row.getTimestamp("updated_at").toInstant()))
                .optional();
    }

    @Override
    public void save(Profile profile) {
        UserRef user = profile.user();
        Platform platform = user.platform();
        Timestamp at = Timestamp.from(profile.updated());
        String language = profile.language().orElse(null);
        Upsert.run(
                () -> jdbc.sql("update me_profile set role_id = ?, level_id = ?, language = ?, updated_at = ? "
                                + "where platform = ? and workspace = ? and user_id = ?")
                        .params(
                                profile.roleId(),
                                profile.levelId(),
                                language,
                                at,
                                platform.name(),
                                user.workspace(),
                                user.user())
                        .update(),
                () -> jdbc.sql(
                                "insert into me_profile (platform, workspace, user_id, role_id, level_id, language, updated_at) "
                                        + "values (?, ?, ?, ?, ?, ?, ?)")
                        .params(
                                platform.name(),
                                user.workspace(),
                                user.user(),
                                profile.roleId(),
                                profile.levelId(),
                                language,
                                at)
                        .update());
    }
}
