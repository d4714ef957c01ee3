package dev.skillbot.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.Level;
import dev.skillbot.catalog.Role;
import dev.skillbot.i18n.MessageKey;
import dev.skillbot.testing.BundledCatalog;
import dev.skillbot.testing.FixtureCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CommandParserTest {

    private final Catalog catalog = FixtureCatalog.load();
    private final CommandParser parser = new CommandParser();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "gitops senior          | gitops | senior    | ",
                "senior gitops sre      | gitops | senior    | sre",
                "gitops senior infra    | gitops | senior    | infra",
                "sr gitops              | gitops | senior    | ",
                "gitops jr              | gitops | junior    | ",
                "gitops mid platform    | gitops | middle    | platform",
                "gitops 5               | gitops | principal | ",
                "gitops L4 devops       | gitops | lead      | devops",
                "gitops 初级            | gitops | junior    | ",
                "gitops 首席 sre        | gitops | principal | sre",
                "gitops 高级            | gitops | senior    | ",
                "Site Reliability gitops Senior | gitops | senior | sre",
                "reliability testing lead | reliability testing | lead | ",
                "canary senior sre sre sre | canary | senior | sre",
            })
    void readsLookupsInAnyWordOrder(String text, String skill, String level, String role) {
        Command.Lookup lookup = (Command.Lookup) parser.parse(text, catalog);
        assertThat(lookup.skillQuery()).isEqualTo(skill);
        assertThat(lookup.level()).map(Level::id).contains(level);
        assertThat(lookup.role().map(Role::id).orElse(null)).isEqualTo(role);
    }

    /** The product catalog's names hold role words: "Platform", "Infrastructure", "Data", "Security". */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "platform engineering senior sre          | platform engineering          | sre",
                "platform engineering devops               | platform engineering          | devops",
                "sre platform engineering                  | platform engineering          | sre",
                "platform engineering                      | platform engineering          | ",
                "infrastructure as code senior sre         | infrastructure as code        | sre",
                "data pipeline orchestration senior data   | data pipeline orchestration   | data",
                "data modeling and warehousing dba         | data modeling and warehousing | dba",
                "gitops practices senior platform          | gitops practices              | platform",
            })
    void aRoleWordInsideASkillsNameStaysInTheName(String text, String skill, String role) {
        Command.Lookup lookup = (Command.Lookup) parser.parse(text, BundledCatalog.get());

        assertThat(lookup.skillQuery()).isEqualTo(skill);
        assertThat(lookup.role().map(Role::id).orElse(null)).isEqualTo(role);
    }

    @Test
    void skillAloneIsAnOverview() {
        Command.Lookup lookup = (Command.Lookup) parser.parse("  gitops  ", catalog);
        assertThat(lookup.level()).isEmpty();
        assertThat(lookup.role()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "gitops senior..lead",
                "gitops senior .. lead",
                "gitops lead vs senior",
                "gitops senior -> lead",
                "gitops sr vs tl",
                "senior gitops lead",
                "gitops senior..",
                "compare gitops senior lead",
                "Compare gitops senior",
                "gitops senior compare",
                "对比 gitops 高级 资深",
                "gitops 高级 比较"
            })
    void twoLevelsCompareLowerToHigher(String text) {
        Command.Compare compare = (Command.Compare) parser.parse(text, catalog);
        assertThat(compare.skillQuery()).isEqualTo("gitops");
        assertThat(compare.from().id()).isEqualTo("senior");
        assertThat(compare.to().id()).isEqualTo("lead");
        assertThat(compare.role()).isEmpty();
    }

    @Test
    void comparisonTakesARole() {
        Command.Compare compare = (Command.Compare) parser.parse("gitops senior..lead sre", catalog);
        assertThat(compare.role()).map(Role::id).contains("sre");
    }

    @Test
    void keywordsSelectOtherCommands() {
        assertThat(parser.parse("help", catalog)).isInstanceOf(Command.Help.class);
        assertThat(parser.parse("", catalog)).isInstanceOf(Command.Help.class);
        assertThat(parser.parse("list security", catalog)).isEqualTo(new Command.ListSkills("security"));
        assertThat(parser.parse("list all skills", catalog)).isEqualTo(new Command.ListSkills(""));
        assertThat(parser.parse("me next sre lead", catalog))
                .isEqualTo(parser.parse("next sre lead", catalog))
                .isEqualTo(new Command.Personal(Command.Personal.Kind.NEXT, java.util.List.of("sre", "lead")));
        assertThat(parser.parse("list 全部", catalog)).isEqualTo(new Command.ListSkills(""));
        assertThat(parser.parse("search argo rollouts", catalog)).isEqualTo(new Command.Search("argo rollouts"));
    }

    @Test
    void malformedCommandsExplainThemselves() {
        assertThat(reason("search")).isEqualTo(MessageKey.ERROR_EMPTY_SEARCH);
        assertThat(reason("suggest")).isEqualTo(MessageKey.ERROR_EMPTY_SUGGEST);
        assertThat(reason("suggest   ")).isEqualTo(MessageKey.ERROR_EMPTY_SUGGEST);
        assertThat(reason("senior")).isEqualTo(MessageKey.ERROR_MISSING_SKILL);
        assertThat(reason("gitops junior senior lead")).isEqualTo(MessageKey.ERROR_TOO_MANY_LEVELS);
        assertThat(reason("canary sre devops")).isEqualTo(MessageKey.ERROR_TOO_MANY_ROLES);
        assertThat(reason("canary-releases senior sre devops")).isEqualTo(MessageKey.ERROR_TOO_MANY_ROLES);
        assertThat(reason("gitops senior..senior")).isEqualTo(MessageKey.ERROR_SAME_LEVEL);
        assertThat(reason("x".repeat(CommandParser.MAX_LENGTH + 1))).isEqualTo(MessageKey.ERROR_TOO_LONG);
    }

    private MessageKey reason(String text) {
        return ((Command.Invalid) parser.parse(text, catalog)).reason();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "帮助            | Help",
                "列表 安全       | ListSkills",
                "搜索 crossplane | Search",
                "关于            | About",
                "摘要            | Digest",
                "提案            | Proposals",
                "HELP            | Help",
                "find argo       | Search",
            })
    void commandWordsOfEveryLanguageStartTheirCommand(String text, String kind) {
        assertThat(parser.parse(text, catalog).getClass().getSimpleName()).isEqualTo(kind);
    }

    /**
     * A command word pasted in quotes or markdown ({@code "help"}, {@code `search drift`}, {@code *me*}) was looked up
     * as a skill ("No skill matches help"), and so was one after a zero-width character: they are that command.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '#',
            value = {
                "\"help\"                | Help",
                "`search drift`          | Search",
                "```list```              | ListSkills",
                "*me*                    | Personal",
                "_about_                 | About",
                "“帮助”                  | Help",
                "'proposals' canary      | Proposals",
                "~digest~ preview        | Digest",
                "\u200Bsearch drift      | Search",
                "\"suggest canary senior\" | Suggest"
            })
    void aCommandWordInQuotesOrMarkdownStartsItsCommand(String text, String kind) {
        assertThat(parser.parse(text, catalog).getClass().getSimpleName()).isEqualTo(kind);
        assertThat(parser.parse("\"search drift\"", catalog)).isEqualTo(new Command.Search("drift"));
    }

    /** A Chinese input method types the ideographic space; chat clients paste no-break and other Unicode spaces. */
    @ParameterizedTest
    @ValueSource(strings = {"canary\u3000高级", "canary\u00a0senior", "ｃａｎａｒｙ　ｓｅｎｉｏｒ", "canary\u2003senior\u3000"})
    void anyUnicodeSpaceSeparatesWords(String text) {
        assertThat(parser.parse(text, catalog)).isInstanceOfSatisfying(Command.Lookup.class, lookup -> {
            assertThat(lookup.level()).map(Level::id).contains("senior");
            assertThat(dev.skillbot.catalog.Keys.compact(lookup.skillQuery())).isEqualTo("canary");
        });
    }

    /** Skill names forgive typos; a mistyped level or role does too, instead of "no skill matches" the whole text. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "canary senor              | canary        | senior    | ",
                "canary seniorr sre        | canary        | senior    | sre",
                "canary principle          | canary        | principal | ",
                "canray midle              | canray        | middle    | ",
                "load testing junoir devosp | load testing | junior    | devops",
                "canary senior srre        | canary        | senior    | sre",
            })
    void mistypedLevelsAndRolesAreReadAsMeantWhenTheRestNamesASkill(
            String text, String skill, String level, String role) {
        Command.Lookup lookup = (Command.Lookup) parser.parse(text, catalog);
        assertThat(lookup.skillQuery()).isEqualTo(skill);
        assertThat(lookup.level()).map(Level::id).contains(level);
        assertThat(lookup.role().map(Role::id).orElse(null)).isEqualTo(role);
    }

    @Test
    void aMistypedLevelInAComparisonIsReadAsMeant() {
        assertThat(parser.parse("canary senor..leed", catalog))
                .isInstanceOfSatisfying(Command.Compare.class, compare -> {
                    assertThat(compare.from().id()).isEqualTo("senior");
                    assertThat(compare.to().id()).isEqualTo("lead");
                });
    }

    @Test
    void aMistypedWordThatMakesTheLevelsOrRolesWrongSaysSoRatherThanThatNoSkillMatches() {
        assertThat(reason("canary senior..seniorr")).isEqualTo(MessageKey.ERROR_SAME_LEVEL);
        assertThat(reason("canary junior senior leed")).isEqualTo(MessageKey.ERROR_TOO_MANY_LEVELS);
        assertThat(reason("canary sre devopps")).isEqualTo(MessageKey.ERROR_TOO_MANY_ROLES);
    }

    /** A word is corrected only when that makes the rest name a skill, and only to the one level or role it is near. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "nothing here senor | nothing here senor",
                "canary sen         | canary sen",
                "canary xyzzy       | canary xyzzy",
            })
    void aWordIsLeftAsTypedWhenNoCorrectionNamesASkill(String text, String skill) {
        assertThat(parser.parse(text, catalog))
                .isInstanceOfSatisfying(
                        Command.Lookup.class,
                        lookup -> assertThat(lookup.skillQuery()).isEqualTo(skill));
    }

    @Test
    void aWordAsNearToTwoLevelsIsNotGuessed() {
        Catalog ranks = new Catalog(
                java.util.List.of(level("alpha", 0), level("alpho", 1)),
                catalog.roles(),
                catalog.domains(),
                catalog.skills(),
                "r1");

        assertThat(ranks.levelOrRoleWordNear("alphx")).isEmpty();
        assertThat(ranks.levelOrRoleWordNear("alpah")).contains("alpha");
        assertThat(parser.parse("canary alphx", ranks))
                .isInstanceOfSatisfying(
                        Command.Lookup.class,
                        lookup -> assertThat(lookup.skillQuery()).isEqualTo("canary alphx"));
    }

    @Test
    void aMissingSkillIsExplainedWithALevelOfThisCatalogNotAFixedOne() {
        Catalog ranks = new Catalog(
                java.util.List.of(level("apprentice", 0), level("journeyman", 1), level("master", 2)),
                catalog.roles(),
                catalog.domains(),
                java.util.List.of(),
                "r1");

        Command parsed = parser.parse("", ranks);
        Command missing = parser.parse("vs", ranks);

        assertThat(parsed).isInstanceOf(Command.Help.class);
        assertThat(missing)
                .isEqualTo(new Command.Invalid(MessageKey.ERROR_MISSING_SKILL, java.util.List.of("journeyman")));
    }

    private static Level level(String id, int rank) {
        return new Level(id, rank, new dev.skillbot.catalog.Labels(java.util.Map.of("en", id)), java.util.List.of());
    }

    /**
     * {@code digest unsubscribe <@U1>} repeated the mention in its answer ("“<@U1>” was not understood"): a mention
     * among the words is shown as {@code @…}, as every other answer shows one.
     */
    @ParameterizedTest
    @ValueSource(strings = {"digest unsubscribe <@U1>", "digest off <!channel> gitops", "digest unsub @everyone"})
    void digestUnsubscribeWordsNeverRepeatAMention(String typed) {
        Command.Invalid invalid = (Command.Invalid) parser.parse(typed, catalog);

        assertThat(invalid.reason()).isEqualTo(MessageKey.ERROR_DIGEST_UNSUBSCRIBE_WORDS);
        assertThat(invalid.args()).singleElement().asString().contains("@…").doesNotContain("<", "@U1", "everyone");
    }
}
