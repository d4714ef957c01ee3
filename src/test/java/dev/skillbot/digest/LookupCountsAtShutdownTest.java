package dev.skillbot.digest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.SkillbotApplication;
import dev.skillbot.chat.Invocation;
import dev.skillbot.command.CommandService;
import dev.skillbot.testing.TestDatabases;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;

/**
 * Closing the application saves every lookup counted, those answered while it shuts down included,
 * before the database closes: on an H2 file database and on PostgreSQL, and when the JVM exits.
 */
@ExtendWith(OutputCaptureExtension.class)
class LookupCountsAtShutdownTest {

    @TempDir
    Path temp;

    @Test
    void onAnH2FileDatabase(CapturedOutput output) throws SQLException {
        assertEveryLookupSaved("jdbc:h2:file:" + temp.resolve("skillbot").toAbsolutePath(), "sa", output);
    }

    @Test
    void onPostgreSql(CapturedOutput output) throws SQLException {
        assertEveryLookupSaved(TestDatabases.postgresUrl(), "postgres", output);
    }

    /** On SIGTERM every shutdown hook runs at once: H2's own used to close the database before the last flush. */
    @Test
    void whenTheJvmExitsOnTheDefaultH2FileDatabase() throws Exception {
        String url = "jdbc:h2:file:" + temp.resolve("skillbot").toAbsolutePath();

        String output =
                runToExit(OneLookupThenExit.class, "--spring.datasource.url=" + url, "--skillbot.digest.tick=1h");

        assertThat(output).contains("Started OneLookupThenExit").doesNotContain("Lookup counts not saved");
        assertThat(lookups(url, "sa"))
                .as("saved lookups; the output:%n%s", output)
                .isEqualTo(1);
    }

    private static void assertEveryLookupSaved(String url, String user, CapturedOutput output) throws SQLException {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(
                        SkillbotApplication.class, AnsweredWhileStopping.class)
                .web(WebApplicationType.NONE)
                .run(
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + user,
                        "--skillbot.digest.tick=1h")) {
            context.getBean(CommandService.class).answer(Invocation.cli("en"), "canary senior");
        }

        assertThat(lookups(url, user))
                .as("the lookup before closing and the one while stopping")
                .isEqualTo(2);
        assertThat(output).doesNotContain("Lookup counts not saved");
    }

    private static long lookups(String url, String user) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, "");
                ResultSet rows = connection
                        .createStatement()
                        .executeQuery(
                                "select coalesce(sum(lookups), 0) from skill_lookup where skill_id = 'canary-releases'")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Runs {@code main} in a new JVM with this test's class path; its output, once it has exited with 0. */
    private static String runToExit(Class<?> main, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                main.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = process.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        assertThat(process.exitValue())
                .as("exit code; output:%n%s", output.join())
                .isZero();
        return output.join();
    }

    /**
     * A lookup answered after the digest ticker has stopped, as one in flight during the web server's
     * graceful shut-down is. Not a {@code @Configuration}: other tests' component scans must not find it.
     */
    static class AnsweredWhileStopping {

        @Bean
        SmartLifecycle lateLookup(CommandService commands) {
            return new SmartLifecycle() {
                private volatile boolean running;

                @Override
                public void start() {
                    running = true;
                }

                @Override
                public void stop() {
                    commands.answer(Invocation.cli("en"), "canary senior");
                    running = false;
                }

                @Override
                public boolean isRunning() {
                    return running;
                }

                @Override
                public int getPhase() {
                    return 0;
                }
            };
        }
    }
}
