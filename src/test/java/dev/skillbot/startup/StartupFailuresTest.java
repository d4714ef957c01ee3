package dev.skillbot.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.skillbot.SkillbotApplication;
import dev.skillbot.testing.FixtureCatalog;
import dev.skillbot.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A start-up that cannot work ends with the variable to fix and the cause, never a stack trace. */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailuresTest {

    private static final Pattern STACK_FRAME = Pattern.compile("^\\s+at [\\w$.]+\\(", Pattern.MULTILINE);

    @TempDir
    Path temp;

    /** A database that cannot be reached does not stop start-up (SlackDatabaseDownAtStartTest); one that answers "no" does. */
    @Test
    void aDatabaseThatAnswersButRefusesNamesSpringDatasourceUrl(CapturedOutput output) {
        String missing =
                TestDatabases.postgresUrl().replaceFirst("/postgres\\?.*$", "/no_such_database?password=s3cret");

        start(output, "--spring.datasource.url=" + missing, "--spring.datasource.username=postgres");

        assertThat(output.getAll())
                .contains(
                        "SPRING_DATASOURCE_URL (" + missing.replace("s3cret", "***")
                                + "): the database cannot be used:",
                        "database \"no_such_database\" does not exist")
                .doesNotContain("s3cret");
    }

    @Test
    void aUrlNoDriverTakesNamesSpringDatasourceUrl(CapturedOutput output) {
        start(output, "--spring.datasource.url=postgres://127.0.0.1/x");

        assertThat(output.getAll())
                .contains("SPRING_DATASOURCE_URL (postgres://127.0.0.1/x): the database cannot be used:", "jdbc");
    }

    @Test
    void aRemoteThatCannotBeClonedNamesSkillbotCatalogGitUrl(CapturedOutput output) {
        start(
                output,
                "--skillbot.catalog.git.url=http://reader:s3cret@127.0.0.1:1/skills.git",
                "--skillbot.catalog.git.checkout=" + temp.resolve("checkout"),
                "--skillbot.catalog.git.timeout=1s");

        assertThat(output.getAll())
                .contains(
                        "Could not clone the catalog from http://reader:***@127.0.0.1:1/skills.git (branch main)",
                        "Check SKILLBOT_CATALOG_GIT_URL")
                .doesNotContain("s3cret");
    }

    @Test
    void anInvalidCatalogNamesSkillbotCatalogDirWithEveryProblem(CapturedOutput output) throws IOException {
        Path dir = FixtureCatalog.copyTo(temp.resolve("catalog"));
        Path canary = dir.resolve("build-deploy/canary-releases.yml");
        Files.writeString(canary, Files.readString(canary).replace("group: Rollouts", "group: 12"));

        start(output, "--skillbot.catalog.dir=" + dir);

        assertThat(output.getAll())
                .contains(
                        "SKILLBOT_CATALOG_DIR: the catalog in " + dir.toAbsolutePath() + " is invalid (1 problem):",
                        "canary-releases.yml:6: group must be text, found a number '12'");
    }

    @Test
    void aMissingCatalogFolderIsNamedAsMissingNotInvalid(CapturedOutput output) {
        Path nowhere = temp.resolve("nowhere");

        start(output, "--skillbot.catalog.dir=" + nowhere);

        assertThat(output.getAll())
                .contains("SKILLBOT_CATALOG_DIR: there is no catalog in " + nowhere.toAbsolutePath()
                        + ": no such directory.")
                .doesNotContain("invalid");
    }

    @Test
    void aMissingSlackSecretNamesItsVariable(CapturedOutput output) {
        start(output, "--skillbot.slack.bot-token=xoxb-0000-not-a-token");

        assertThat(output.getAll())
                .contains("SLACK_SIGNING_SECRET is required")
                .doesNotContain("xoxb-0000-not-a-token");
    }

    @Test
    void aDigestSlackRuleOtherThanAnyoneOrReviewersNamesItsVariableAndTheChoices(CapturedOutput output) {
        start(output, "--skillbot.digest.slack-rule=admins");

        assertThat(output.getAll()).contains("SKILLBOT_DIGEST_SLACK_RULE must be anyone or reviewers, not 'admins'.");
    }

    /** Starts Skillbot, which must fail with Spring Boot's short failure report and no stack frame. */
    private static void start(CapturedOutput output, String... args) {
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(SkillbotApplication.class)
                .web(WebApplicationType.NONE)
                .run(args));

        assertThat(failure).as("start-up fails").isNotNull();
        assertThat(output.getAll()).contains("APPLICATION FAILED TO START", "Action:");
        assertThat(STACK_FRAME.matcher(output.getAll()).find())
                .as("a stack frame in:%n%s", output.getAll())
                .isFalse();
    }
}
