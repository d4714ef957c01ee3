package dev.skillbot.gitops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.skillbot.SkillbotApplication;
import dev.skillbot.card.Section;
import dev.skillbot.catalog.CatalogReloader;
import dev.skillbot.chat.Invocation;
import dev.skillbot.command.CommandService;
import java.nio.file.Path;
import java.time.Duration;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.StoredConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A remote that accepts connections and never answers: clone and fetch give up after
 * SKILLBOT_CATALOG_GIT_TIMEOUT (one second here), and credentials in its URL are never shown.
 */
@ExtendWith(OutputCaptureExtension.class)
class GitRemoteHangsTest {

    /** Only how long a broken build waits before it fails: without a timeout JGit waits forever. */
    private static final Duration GIVE_UP = Duration.ofSeconds(60);

    private static final String TOKEN = "ghp_n0tARealT0kenButSecretAnyway";

    @TempDir
    Path temp;

    private SilentRemote silent;

    @BeforeEach
    void startTheSilentRemote() throws Exception {
        silent = new SilentRemote();
    }

    @AfterEach
    void stopTheSilentRemote() throws Exception {
        silent.close();
    }

    @Test
    void aCloneAtStartUpGivesUpWithOneLineNamingTheVariables(CapturedOutput output) {
        GitCatalogProperties git = settings(silent.url(TOKEN), temp.resolve("checkout"));

        Throwable failure = assertTimeoutPreemptively(GIVE_UP, () -> {
            try (GitTransport transport = GitTransport.of(git)) {
                return catchThrowable(() -> new GitCatalogSync(git, transport).prepare());
            }
        });

        assertThat(silent.accepted()).as("the clone reached the remote").isPositive();
        assertThat(failure)
                .isInstanceOf(GitCloneException.class)
                .hasNoCause()
                .hasMessageStartingWith("Could not clone the catalog from http://***@127.0.0.1:")
                .hasMessageContainingAll(
                        "time", "Check SKILLBOT_CATALOG_GIT_URL", "SKILLBOT_CATALOG_GIT_TIMEOUT (1 s)");
        assertThat(failure.getMessage()).doesNotContain(TOKEN).doesNotContain("\n");
        assertThat(output.getAll())
                .contains("Cloning the catalog from http://***@127.0.0.1:")
                .doesNotContain(TOKEN);
    }

    @Test
    void aPullGivesUpAndIsReportedAndTheCloneStaysAsItIs(CapturedOutput output) throws Exception {
        Path checkout = cloneThenSilenceTheRemote();
        GitCatalogProperties git = settings(silent.url(TOKEN), checkout);

        GitCatalogSync.Pulled pulled = assertTimeoutPreemptively(GIVE_UP, () -> {
            try (GitTransport transport = GitTransport.of(git)) {
                return new GitCatalogSync(git, transport).pull();
            }
        });

        assertThat(pulled).isEqualTo(GitCatalogSync.Pulled.FAILED);
        assertThat(silent.accepted()).isPositive();
        assertThat(output.getAll().lines())
                .anyMatch(line -> line.contains("WARN")
                        && line.contains("Pulling the catalog from http://***@127.0.0.1:")
                        && line.contains("the clone stays as it is"));
        assertThat(output.getAll()).doesNotContain(TOKEN);
    }

    @Test
    void aStartUpWithAnEarlierCloneServesItWhenTheRemoteHangs(CapturedOutput output) throws Exception {
        Path checkout = cloneThenSilenceTheRemote();

        try (ConfigurableApplicationContext context = assertTimeoutPreemptively(
                GIVE_UP,
                () -> new SpringApplicationBuilder(SkillbotApplication.class)
                        .web(WebApplicationType.NONE)
                        .run(
                                "--skillbot.catalog.git.url=" + silent.url("reader:" + TOKEN),
                                "--skillbot.catalog.git.path=catalog",
                                "--skillbot.catalog.git.checkout=" + checkout,
                                "--skillbot.catalog.git.timeout=1s",
                                "--skillbot.catalog.git.poll-interval=1h"))) {
            assertThat(context.getBean(CatalogReloader.class).current().skill("canary-releases"))
                    .isPresent();
            String about = ((Section) context.getBean(CommandService.class)
                            .answer(Invocation.cli("en"), "about")
                            .blocks()
                            .get(0))
                    .text();
            assertThat(about).contains("http://reader:***@127.0.0.1:").doesNotContain(TOKEN);
        }
        assertThat(silent.accepted()).isPositive();
        assertThat(output.getAll())
                .contains("Pulling the catalog from")
                .contains("the clone stays as it is")
                .doesNotContain(TOKEN);
    }

    /** A clone of a good remote, whose origin then points at the silent one (as if the remote went quiet). */
    private Path cloneThenSilenceTheRemote() throws Exception {
        Path remote = CatalogRemote.create(temp.resolve("catalog.git"));
        Path checkout = temp.resolve("checkout");
        GitCatalogProperties good = settings(remote.toUri().toString(), checkout);
        try (GitTransport transport = GitTransport.of(good)) {
            new GitCatalogSync(good, transport).prepare();
        }
        try (Git clone = Git.open(checkout.toFile())) {
            StoredConfig config = clone.getRepository().getConfig();
            config.setString("remote", "origin", "url", silent.url(TOKEN));
            config.save();
        }
        return checkout;
    }

    private static GitCatalogProperties settings(String url, Path checkout) {
        return new GitCatalogProperties(
                url,
                "main",
                "catalog",
                "",
                "false",
                Duration.ofHours(1),
                "",
                checkout,
                "",
                "",
                "",
                Duration.ofSeconds(1),
                Duration.ofSeconds(1));
    }
}
