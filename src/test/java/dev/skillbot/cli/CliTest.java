package dev.skillbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.digest.CatalogChange;
import dev.skillbot.persistence.JdbcCatalogChanges;
import dev.skillbot.testing.FixtureCatalog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** The command line, on the fixture catalog (given as SKILLBOT_CATALOG_DIR) unless a test is about the default, skills-data. */
class CliTest {

    private static final Map<String, String> FIXTURE = Map.of(Cli.CATALOG_ENV, FixtureCatalog.DIR.toString());

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void askPrintsTheCardAndExitsZero() {
        int exit = run(FIXTURE, "ask", "canary", "senior");
        assertThat(exit).isZero();
        assertThat(out())
                .startsWith("Canary Releases · Senior\n")
                .contains("Site Reliability Engineer (SRE)  [Required]");
    }

    /** A folder that is not there is not "an invalid catalog" (StaticSiteTest: the site export says the same). */
    @Test
    void aMissingCatalogFolderIsNamedAsMissing(@TempDir Path temp) {
        Path nowhere = temp.resolve("nowhere");
        assertThat(run(Map.of(Cli.CATALOG_ENV, nowhere.toString()), "ask", "canary"))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("There is no catalog in " + nowhere
                        + ": no such directory (give its folder with --catalog DIR or SKILLBOT_CATALOG_DIR).\n");
    }

    /** For scripts and checks: the promotion checklist needs no profile and no database when role and target are given. */
    @Test
    void askNextWithRoleAndTargetPrintsTheChecklistWithoutAProfile() {
        int exit = run(FIXTURE, "ask", "next sre lead");
        assertThat(exit).isZero();
        assertThat(out())
                .startsWith("Promotion checklist: Senior → Lead, SRE\n")
                .contains("Senior → Lead, SRE: 3 skills, 3 expect more, 0 newly required, 3 expectations")
                .doesNotContain("I do this", "unavailable");

        assertThat(run(FIXTURE, "ask", "next"))
                .as("without a role and level there is no checklist")
                .isEqualTo(1);
    }

    /**
     * {@code follow <anything>} said following works in chat without reading the words: the skill is read first, so an
     * unknown one is answered as a lookup's (the closest skills, exit 1), and a known one says where following works.
     */
    @Test
    void followReadsTheSkillBeforeSayingItWorksInChat() {
        assertThat(run(FIXTURE, "ask", "follow nosuchskill")).isEqualTo(1);
        assertThat(out()).startsWith("No skill matches “nosuchskill”").doesNotContain("works in Slack");

        out.reset();
        assertThat(run(FIXTURE, "ask", "follow canary")).isEqualTo(1);
        assertThat(out()).contains("Following a skill works in Slack and Discord");

        out.reset();
        assertThat(run(FIXTURE, "ask", "关注 nosuchskill", "--locale", "zh-CN")).isEqualTo(1);
        assertThat(out()).startsWith("没有与“nosuchskill”匹配的技能");
    }

    /** The command line stores nothing: personal commands say where they live instead of "try again in a minute". */
    @Test
    void personalCommandsSayTheyLiveInChatRatherThanBeingDown() {
        for (String command : List.of(
                "me",
                "me sre senior",
                "next sre",
                "me shares",
                // these said "“mark” is no role or level", asked to confirm a forget, or "You have no share abc"
                "me mark",
                "me marks gitops",
                "me forget",
                "me unshare abc",
                "me shared",
                "me comment",
                "me lang fr",
                "me export xml")) {
            out.reset();
            assertThat(run(FIXTURE, "ask", command)).as(command).isEqualTo(1);
            assertThat(out()).as(command).contains("live in Slack and Discord").doesNotContain("Try again");
        }
    }

    @Test
    void suggestionsAndDigestsSayTheyLiveInChatRatherThanNoneOrDown() {
        for (String command :
                List.of("proposals", "proposals canary", "digest", "digest subscribe", "digest preview")) {
            out.reset();
            assertThat(run(FIXTURE, "ask", command)).as(command).isEqualTo(1);
            assertThat(out())
                    .as(command)
                    .contains("in Slack and Discord")
                    .doesNotContain("try again", "No suggestions are waiting");
        }
    }

    @Test
    void aLanguageSkillbotDoesNotSpeakIsRefusedNotAnsweredInEnglish() {
        assertThat(run(FIXTURE, "ask", "canary", "--locale", "xx")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("--locale 'xx' is not a language Skillbot speaks: en or zh-CN");
        assertThat(out()).doesNotContain("Canary Releases");

        err.reset();
        assertThat(run(FIXTURE, "digest", "--preview", "--locale", "fr")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--locale 'fr' is not a language");

        out.reset();
        assertThat(run(FIXTURE, "ask", "canary", "--locale", "zh")).isZero();
        assertThat(out()).startsWith("Canary Releases · 概览");
    }

    @Test
    void askSuggestWithoutACellSaysWhatToAddInsteadOfAStackTrace() {
        assertThat(run(FIXTURE, "ask", "suggest")).isEqualTo(1);
        assertThat(out()).contains("Say which cell to suggest an edit for");
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("\tat ");
    }

    @Test
    void askWithNoMatchPrintsSuggestionsAndExitsOne() {
        int exit = run(FIXTURE, "ask", "lod testng tools");
        assertThat(exit).isEqualTo(1);
        assertThat(out()).contains("No skill matches").contains("Load Testing");
    }

    /** Words naming two skills were "unmatched", exit 1: the card asking which one is an answer, exit 0. */
    @Test
    void askWithWordsNamingTwoSkillsPrintsWhichOneAndExitsZero() {
        int exit = run(FIXTURE, "ask", "canary trains senior");
        assertThat(out()).contains("“canary trains” names 2 skills", "Canary Releases", "Release Trains");
        assertThat(exit).isZero();
    }

    @Test
    void askTakesLocaleAndCatalogFromFlagsOrEnvironment(@TempDir Path temp) throws IOException {
        Path copy = FixtureCatalog.copyTo(temp.resolve("c"));
        Path canary = copy.resolve("build-deploy/canary-releases.yml");
        Files.writeString(canary, Files.readString(canary).replace("name: Canary Releases", "name: Canary Playbook"));
        assertThat(run(FIXTURE, "ask", "canary principal", "--locale", "zh-CN", "--catalog", copy.toString()))
                .isZero();
        assertThat(out()).startsWith("Canary Playbook · 首席").contains("[可选]");
        out.reset();
        assertThat(run(Map.of(Cli.CATALOG_ENV, copy.toString()), "ask", "canary"))
                .isZero();
        assertThat(out()).startsWith("Canary Playbook · overview");
    }

    @Test
    void askAboutShowsTheCatalogAndNoPlatform() {
        assertThat(run(FIXTURE, "ask", "about")).isZero();
        assertThat(out())
                .startsWith("About Skillbot ")
                .contains(FixtureCatalog.DIR.toAbsolutePath().toString())
                .contains("3 skills · 8 roles")
                .contains("no chat platform");
    }

    @Test
    void unknownFormatIsAUsageError() {
        assertThat(run(FIXTURE, "ask", "canary", "--format", "pdf")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("unknown --format 'pdf'")
                .contains("usage:");
    }

    /** With no directory and no SKILLBOT_CATALOG_DIR, the bundled catalog: valid, whatever it holds. */
    @Test
    void validateAcceptsTheBundledCatalog() {
        assertThat(run(Map.of(), "validate")).isZero();
        assertThat(out()).startsWith("skills-data: valid, ");
    }

    /** The bundled catalog promises both languages (issue 17): nothing lacks a Chinese translation, even strictly. */
    @Test
    void theBundledCatalogLacksNoChineseTranslation() {
        assertThat(run(Map.of(), "validate", "--missing", "zh-CN")).isZero();
        assertThat(out()).contains("0 texts without a zh-CN translation");
        assertThat(run(Map.of(), "validate", "--strict")).isZero();
    }

    @Test
    void validateListsEveryProblemAndExitsNonZero(@TempDir Path temp) throws IOException {
        Path copy = FixtureCatalog.copyTo(temp.resolve("c"));
        Path canary = copy.resolve("build-deploy/canary-releases.yml");
        Files.writeString(
                canary, Files.readString(canary).replace("group: Rollouts", "group: [Rollouts]\ncolour: blue"));
        assertThat(run(Map.of(), "validate", copy.toString())).isEqualTo(1);
        assertThat(out())
                .contains(canary + ":6: group must be text, found a list")
                .contains(canary + ":7: unknown key 'colour'")
                .contains("2 problems");
    }

    @Test
    void validateMissingListsTextsWithoutTheTranslationByFileAndLine() {
        Path dir = FixtureCatalog.BILINGUAL_DIR;
        assertThat(run(Map.of(), "validate", dir.toString(), "--missing", "zh-CN"))
                .isEqualTo(1);
        assertThat(out())
                .contains(dir.resolve("build-deploy/gitops-practices.yml")
                        + ":74: cell principal/sre text has no zh-CN translation")
                .contains(dir.resolve("build-deploy/blue-green.yml") + ":2: name has no zh-CN translation")
                .contains(dir + ": valid, 2 skills")
                .contains("16 texts without a zh-CN translation");
    }

    @Test
    void validateStrictRefusesACatalogThatLacksATranslation() {
        assertThat(run(Map.of(), "validate", FixtureCatalog.BILINGUAL_DIR.toString(), "--strict"))
                .isEqualTo(1);
        assertThat(out())
                .contains(":74: cell principal/sre text has no zh-CN translation")
                .contains("16 problems");
        assertThat(run(Map.of(Cli.LOCALES_ENV, "en, zh-CN, ja"), "validate", "--missing", "fr"))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("--missing fr: not a translated language of this catalog (zh-CN, ja");
    }

    @Test
    void validateChecksLanguagesAgainstTheConfiguredSet() {
        assertThat(run(Map.of(Cli.LOCALES_ENV, "en"), "validate", FixtureCatalog.BILINGUAL_DIR.toString()))
                .isEqualTo(1);
        assertThat(out()).contains(":4: unknown language 'zh-CN' in name (the catalog's languages: en)");
    }

    @Test
    void digestPreviewPrintsAWeekWithoutADatabase() {
        Map<String, String> noDatabase = Map.of(
                "SPRING_DATASOURCE_URL",
                "jdbc:h2:mem:nothing-here;IFEXISTS=TRUE",
                Cli.CATALOG_ENV,
                FixtureCatalog.DIR.toString());
        assertThat(run(noDatabase, "digest", "--preview", "--week", "2026-W48", "--scope", "operations"))
                .isZero();
        assertThat(out())
                .startsWith("Weekly skills digest · 2026-W48 · Operations")
                .contains("Skill of the week: Load Testing");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("showing the catalog part only");
    }

    /** The database and its user come from application.yml's spring.datasource, with SPRING_DATASOURCE_URL over it. */
    @Test
    void digestPreviewReadsTheWeeksChangesFromTheServersDatabase() {
        String url = serverDatabaseWithAnEditAt(Instant.parse("2026-11-26T10:00:00Z"));

        assertThat(run(Map.of("SPRING_DATASOURCE_URL", url), "digest", "--preview", "--week", "2026-W48"))
                .isZero();

        assertThat(out()).contains("What changed").contains("GitOps Practices: 1 cell edited");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    /** Without a week, the preview is chat's: the next digest as it stands, not the week already sent. */
    @Test
    void digestPreviewWithoutAWeekShowsTheNextDigestAsItStands() {
        String url = serverDatabaseWithAnEditAt(Instant.parse("2026-12-08T10:00:00Z"));
        Clock wednesday = Clock.fixed(Instant.parse("2026-12-09T12:00:00Z"), ZoneOffset.UTC);

        assertThat(run(Map.of("SPRING_DATASOURCE_URL", url), wednesday, "digest", "--preview"))
                .isZero();

        assertThat(out())
                .startsWith("Weekly skills digest · 2026-W50")
                .contains("GitOps Practices: 1 cell edited")
                .contains("Preview of the digest due Monday, December 14, 2026 09:00 (UTC): the week so far.");
    }

    @Test
    void aScheduleThatIsNoCronIsAUsageErrorNamingItsVariable() {
        assertThat(run(Map.of("SKILLBOT_DIGEST_CRON", "every monday"), "digest", "--preview"))
                .isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("SKILLBOT_DIGEST_CRON is no schedule ('every monday')");
    }

    /** A preview only reads: where the server never ran, it leaves no empty H2 database behind. */
    @Test
    void digestPreviewNeverCreatesADatabase(@TempDir Path dir) throws IOException {
        Path database = dir.resolve("skillbot");

        assertThat(run(
                        Map.of("SPRING_DATASOURCE_URL", "jdbc:h2:file:" + database),
                        "digest",
                        "--preview",
                        "--week",
                        "2026-W48"))
                .isZero();

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("showing the catalog part only");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aDigestSettingThatCannotWorkIsAUsageErrorNamingItsVariable() {
        assertThat(run(Map.of("SKILLBOT_DIGEST_SLACK_RULE", "admins"), "digest", "--preview"))
                .isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("SKILLBOT_DIGEST_SLACK_RULE must be anyone or reviewers, not 'admins'.");
    }

    @Test
    void digestNeedsPreviewAndAValidWeek() {
        assertThat(run(Map.of(), "digest")).isEqualTo(2);
        assertThat(run(Map.of(), "digest", "--preview", "--week", "2026-48")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("only previews digests")
                .contains("2026-W48");
        assertThat(run(Map.of(), "digest", "--preview", "--week", "2026-W00")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("2026-W00 does not exist");
    }

    @Test
    void anUnknownCommandIsAUsageErrorNotAValidation() {
        assertThat(Cli.handles(new String[] {"valiate"})).isTrue();
        assertThat(run(Map.of(), "valiate")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("unknown command 'valiate'")
                .contains("usage:");
        assertThat(out()).doesNotContain("valid");
    }

    @Test
    void helpListsEveryCommandAndSpringOptionsStillStartTheServer() {
        assertThat(run(Map.of(), "--help")).isZero();
        assertThat(out())
                .contains(" ask ")
                .contains(" validate ")
                .contains(" digest --preview")
                .contains(" help");
        assertThat(Cli.handles(new String[] {"--server.port=0"})).isFalse();
        assertThat(Cli.handles(new String[0])).isFalse();
    }

    /** The server's database, migrated, with one edit of GitOps Practices (Senior, SRE) approved at {@code when}. */
    private static String serverDatabaseWithAnEditAt(Instant when) {
        String url = "jdbc:h2:mem:cli-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        JdbcDataSource server = new JdbcDataSource();
        server.setURL(url);
        server.setUser("sa");
        Flyway.configure().dataSource(server).load().migrate();
        new JdbcCatalogChanges(new JdbcTemplate(server))
                .record(List.of(new CatalogChange(
                        when, "rev-" + when, "gitops-practices", CatalogChange.Kind.CELL_EDITED, "senior", "sre")));
        return url;
    }

    private int run(Map<String, String> env, String... args) {
        return run(env, Clock.systemUTC(), args);
    }

    private int run(Map<String, String> env, Clock clock, String... args) {
        Cli cli = new Cli(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                env,
                Map.of("text", new TextCardRenderer()::render),
                clock);
        return cli.run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }
}
