package dev.skillbot.gitops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Credentials in Git URLs never reach a log line, a message or {@code about}. */
class MaskedUrlsTest {

    @Test
    void passwordsAndHttpsTokensAreMaskedSshAccountsAreNot() {
        assertThat(MaskedUrls.in("https://x-access-token:ghp_secret@github.com/team/skills.git"))
                .isEqualTo("https://x-access-token:***@github.com/team/skills.git");
        assertThat(MaskedUrls.in("https://ghp_secret@github.com/team/skills.git"))
                .isEqualTo("https://***@github.com/team/skills.git");
        assertThat(MaskedUrls.in("ssh://git@github.com/team/skills.git"))
                .isEqualTo("ssh://git@github.com/team/skills.git");
        assertThat(MaskedUrls.in("ssh://git:pw@github.com/team/skills.git"))
                .isEqualTo("ssh://git:***@github.com/team/skills.git");
        assertThat(MaskedUrls.in("git@github.com:team/skills.git")).isEqualTo("git@github.com:team/skills.git");
        assertThat(MaskedUrls.in("https://github.com/team/skills.git")).isEqualTo("https://github.com/team/skills.git");
    }

    @Test
    void urlsInsideMessagesAreMaskedToo() {
        assertThat(MaskedUrls.in(
                        "https://oauth2:glpat-secret@gitlab.example/skills.git: not authorized; see http://u:p@x/y"))
                .isEqualTo("https://oauth2:***@gitlab.example/skills.git: not authorized; see http://u:***@x/y");
        assertThat(MaskedUrls.in("mail me at someone@example.com")).isEqualTo("mail me at someone@example.com");
    }

    @Test
    void theSettingsNeverShowTheTokenNorTheUrlsCredentials() {
        GitCatalogProperties git = new GitCatalogProperties(
                "https://reader:s3cret@git.example/skills.git",
                "main",
                "catalog",
                "tok3n",
                "",
                Duration.ofMinutes(1),
                "",
                Path.of("checkout"),
                "",
                "",
                "",
                Duration.ofSeconds(20),
                Duration.ofSeconds(1));

        assertThat(git.toString())
                .contains("https://reader:***@git.example/skills.git")
                .doesNotContain("s3cret", "tok3n");
        assertThat(git.masked("refused tok3n at https://reader:s3cret@git.example"))
                .isEqualTo("refused *** at https://reader:***@git.example");
        assertThat(new GitCatalogSync(git, null).describe())
                .isEqualTo("https://reader:***@git.example/skills.git (main, catalog)");
    }
}
