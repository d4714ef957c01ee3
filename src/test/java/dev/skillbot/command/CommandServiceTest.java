package dev.skillbot.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.card.ActionId;
import dev.skillbot.card.Button;
import dev.skillbot.card.Card;
import dev.skillbot.card.Mark;
import dev.skillbot.card.ModalForm;
import dev.skillbot.card.Section;
import dev.skillbot.card.Select;
import dev.skillbot.card.Table;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.CatalogLoader;
import dev.skillbot.catalog.Expectation;
import dev.skillbot.catalog.Level;
import dev.skillbot.catalog.Skill;
import dev.skillbot.chat.Invocation;
import dev.skillbot.testing.BundledCatalog;
import dev.skillbot.testing.Cards;
import dev.skillbot.testing.FixtureCatalog;
import dev.skillbot.testing.SyntheticCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The acceptance list of the core: what a user sees for each kind of command, on the fixture catalog. */
class CommandServiceTest {

    private final Catalog catalog = FixtureCatalog.load();
    private final CommandService service = new CommandService(() -> catalog);
    private final Skill canary = catalog.skill(FixtureCatalog.CANARY_RELEASES).orElseThrow();

    @Test
    void seniorShowsExactlyTheFourSeniorCellsEachRequired() {
        Card card = ask("canary senior");
        Level senior = catalog.level("senior").orElseThrow();

        assertThat(card.kind()).isEqualTo(Card.Kind.LEVEL);
        assertThat(card.title()).isEqualTo("Canary Releases · Senior");
        assertThat(sections(card))
                .extracting(Section::text)
                .containsExactlyElementsOf(canary.expectationsAt(senior).stream()
                        .map(Expectation::text)
                        .toList());
        assertThat(sections(card))
                .extracting(Section::heading)
                .containsExactly(
                        "DevOps Engineer",
                        "Infrastructure Engineer",
                        "Platform Engineer",
                        "Site Reliability Engineer (SRE)");
        assertThat(sections(card)).extracting(section -> section.mark().kind()).containsOnly(Mark.Kind.REQUIRED);
        assertThat(card.context())
                .contains(
                        "Build & Deploy › Rollouts",
                        "4 roles",
                        "16 required · 4 optional",
                        "updated 2026-02-20",
                        "rev " + catalog.revision());
        assertThat(card.tags()).contains("traffic splitting");
    }

    @Test
    void principalShowsTheFourCellsAsOptional() {
        Card card = ask("canary principal");
        assertThat(sections(card)).hasSize(4);
        assertThat(sections(card)).extracting(section -> section.mark().label()).containsOnly("Optional");
    }

    @Test
    void levelCardNavigatesToTheLevelsAroundIt() {
        Card card = ask("canary senior sre");
        assertThat(buttons(card))
                .extracting(Button::label)
                .containsExactly(
                        "◀ Middle", "Lead ▶", "Compare with Lead", "Share in channel", "Suggest edit", "Follow");
        assertThat(buttons(card))
                .extracting(button -> button.id().encode())
                .containsExactly(
                        "sb1:show:canary-releases middle sre", "sb1:show:canary-releases lead sre",
                        "sb1:show:canary-releases senior..lead sre", "sb1:share:canary-releases senior sre",
                        "sb1:suggest:canary-releases:senior:sre", "sb1:follow:canary-releases");
        Select levels = Cards.select(card, "level");
        assertThat(levels.options())
                .extracting(Select.Option::label)
                .containsExactly("Junior", "Middle", "Senior", "Lead", "Principal");
        assertThat(levels.options())
                .filteredOn(Select.Option::selected)
                .extracting(Select.Option::label)
                .containsExactly("Senior");
        Select roles = Cards.select(card, "role");
        assertThat(roles.options())
                .filteredOn(Select.Option::selected)
                .extracting(Select.Option::label)
                .containsExactly("Site Reliability Engineer (SRE)");
    }

    @Test
    void everyButtonRunsACommandThatAnswersWithACard() {
        Card card = ask("canary junior");
        for (ActionId id : card.actionIds()) {
            if (id.action() != ActionId.Action.SHOW && id.action() != ActionId.Action.SHARE) {
                continue;
            }
            Card next = ask(id.arg(0));
            assertThat(next.kind()).as(id.encode()).isIn(Card.Kind.LEVEL, Card.Kind.COMPARISON, Card.Kind.OVERVIEW);
        }
        assertThat(buttons(card)).extracting(Button::label).doesNotContain("◀ Junior");
    }

    @Test
    void roleFilterShowsOneRole() {
        Card card = ask("canary senior infra");
        assertThat(sections(card)).singleElement().extracting(Section::heading).isEqualTo("Infrastructure Engineer");
        assertThat(card.context()).contains("role: Infrastructure Engineer");
    }

    @Test
    void overviewShowsSummaryCountsAndMatrix() {
        Card card = ask("canary");
        assertThat(card.kind()).isEqualTo(Card.Kind.OVERVIEW);
        assertThat(sections(card).get(0).text())
                .contains("4 roles include this skill, across 5 levels: 16 expectations required, 4 optional.");
        Table matrix = card.blocks().stream()
                .filter(Table.class::isInstance)
                .map(Table.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(matrix.columns()).containsExactly("Role", "Junior", "Middle", "Senior", "Lead", "Principal");
        assertThat(matrix.rows())
                .containsExactly(
                        List.of("DevOps", "●", "●", "●", "●", "○"),
                        List.of("Infrastructure", "●", "●", "●", "●", "○"),
                        List.of("Platform", "●", "●", "●", "●", "○"),
                        List.of("SRE", "●", "●", "●", "●", "○"));
        assertThat(card.controls()).filteredOn(Select.class::isInstance).hasSize(2);
    }

    @Test
    void comparisonShowsBothLevelsPerRoleAndThePromotionGap() {
        Card card = ask("canary lead..principal sre");
        assertThat(card.kind()).isEqualTo(Card.Kind.COMPARISON);
        assertThat(card.title()).isEqualTo("Canary Releases · Lead → Principal");
        Section sre = section(card, "Site Reliability Engineer (SRE)");
        assertThat(sre.fields()).extracting(Section.Field::label).containsExactly("Lead", "Principal");
        assertThat(sre.mark().label()).isEqualTo("Optional at Principal");

        Card junior = ask("canary junior vs middle");
        assertThat(sections(junior).get(0).text())
                .isEqualTo("Promotion gap from Junior to Middle: 4 of 4 roles expect more, 0 newly required.");
    }

    @Test
    void newlyRequiredCellsAreMarked() {
        Skill loadTesting = catalog.skill(FixtureCatalog.LOAD_TESTING).orElseThrow();
        Level[] pair = newlyRequiredPair(loadTesting);
        Card card = ask(CommandText.compare(loadTesting, pair[0], pair[1], java.util.Optional.empty()));
        assertThat(sections(card))
                .extracting(section ->
                        section.mark() == null ? null : section.mark().kind())
                .contains(Mark.Kind.NEWLY_REQUIRED);
    }

    @Test
    void typosAliasesAndWordOrderReachTheSameCard() {
        String expected = ask("canary senior sre").title();
        for (String text :
                List.of("canray senior sre", "cnary sr sre", "sre 3 canaires", "Canary Releases L3 site reliability")) {
            Card card = ask(text);
            assertThat(card.title()).as(text).isEqualTo(expected);
            assertThat(sections(card))
                    .as(text)
                    .singleElement()
                    .extracting(Section::heading)
                    .isEqualTo("Site Reliability Engineer (SRE)");
        }
    }

    @Test
    void unknownSkillOffersDidYouMeanButtonsThatRunTheSameLookup() {
        Card card = ask("lod testng tools senior");
        assertThat(card.kind()).isEqualTo(Card.Kind.DID_YOU_MEAN);
        assertThat(Cards.button(card, "Load Testing · Senior").id().encode()).isEqualTo("sb1:show:load-testing senior");

        Card twoClose = ask("release senior");
        assertThat(buttons(twoClose))
                .extracting(button -> button.id().encode())
                .contains("sb1:show:canary-releases senior", "sb1:show:release-trains senior");
    }

    @ParameterizedTest
    @CsvSource({"forget,forget", "export yaml,export", "lang zh-CN,lang", "unshare all,unshare", "导出,导出"})
    void aProfileActionTypedWithoutMeSaysHowToAskForIt(String typed, String word) {
        Card card = ask(typed);

        assertThat(card.kind()).isEqualTo(Card.Kind.ERROR);
        assertThat(card.fallback())
                .isEqualTo("“" + word + "” is one of your profile's commands: say `me " + typed + "`.");
    }

    @Test
    void aSkillNamedLikeAProfileActionIsStillLookedUp(@TempDir Path temp) {
        Catalog named = FixtureCatalog.withSkillCalled(temp, "export");

        assertThat(new CommandService(() -> named)
                        .answer(Invocation.cli("en"), "export senior")
                        .title())
                .startsWith("Export · Senior");
    }

    @Test
    void echoedTextIsKeptShortAndPlain() {
        Card card = ask("<!channel> " + "x".repeat(300));
        assertThat(card.title()).contains("<!channel>").hasSizeLessThan(120);
    }

    @Test
    void searchFindsTheCellsThatNameATool() {
        Card card = ask("search flagger");
        assertThat(card.kind()).isEqualTo(Card.Kind.SEARCH);
        assertThat(sections(card))
                .extracting(Section::heading)
                .containsExactly(
                        "Canary Releases · Senior · Infrastructure Engineer",
                        "Canary Releases · Principal · Platform Engineer");
        assertThat(sections(card))
                .allSatisfy(section -> assertThat(section.text().toLowerCase()).contains("flagger"));
        assertThat(sections(ask("search istio")))
                .extracting(Section::heading)
                .containsExactly("Canary Releases · Middle · Infrastructure Engineer");
        assertThat(sections(ask("search nothingmentionsthis")).get(0).text())
                .contains("Nothing in the catalog mentions");
    }

    /**
     * A search whose words name a skill (and a level and role) names it first, with a button to that card, and looks
     * through the text for the other words; it said "Nothing in the catalog mentions" for {@code canary senior}.
     */
    @Test
    void aSearchWhoseWordsNameASkillNamesItAndSearchesTheRest() {
        Card card = ask("search canary senior infra");
        assertThat(sections(card).get(0).heading()).isEqualTo("Canary Releases · Senior · Infrastructure Engineer");
        assertThat(buttons(card).get(0).label()).startsWith("Canary Releases · Senior · ");
        Card opened = ask(buttons(card).get(0).id().arg(0));
        assertThat(opened.kind()).isEqualTo(Card.Kind.LEVEL);
        assertThat(opened.title()).isEqualTo("Canary Releases · Senior");
        assertThat(sections(card)).noneMatch(section -> section.text().contains("Nothing in the catalog mentions"));

        Card canary = ask("search canary");
        assertThat(sections(canary).get(0).heading()).isEqualTo("Canary Releases");
        assertThat(sections(canary))
                .as("the skill's own hit is the named section, not again below it")
                .extracting(Section::heading)
                .containsOnlyOnce("Canary Releases");
        assertThat(sections(ask("search senior")))
                .as("a level alone names no skill")
                .noneMatch(section -> section.text().contains("These words name"));
    }

    /**
     * Words that are all levels and roles name no skill in a search, though one's name starts like them ({@code lead}
     * and Leadership); the name itself still names it. The web page and search.js read a query the same way.
     */
    @Test
    void aSearchOfLevelAndRoleWordsNamesNoSkillWhoseNameStartsLikeThem(@TempDir Path temp) {
        CommandService leadership = new CommandService(() -> FixtureCatalog.withSkillCalled(temp, "leadership"));
        for (String words : List.of("search lead", "search sre lead")) {
            assertThat(sections(leadership.answer(Invocation.cli("en"), words)))
                    .as(words)
                    .noneMatch(section -> section.text().contains("These words name"));
        }
        assertThat(sections(leadership.answer(Invocation.cli("en"), "search leadership"))
                        .get(0)
                        .heading())
                .isEqualTo("Leadership");
    }

    @Test
    void listShowsSkillsByDomain() {
        Card all = ask("list");
        assertThat(all.kind()).isEqualTo(Card.Kind.LIST);
        assertThat(sections(all))
                .extracting(Section::heading)
                .containsExactly("Delivery", "Operations", "Build & Deploy");
        Card operations = ask("list operations");
        assertThat(operations.title()).isEqualTo("Skills in Operations");
        assertThat(sections(operations))
                .singleElement()
                .extracting(Section::text)
                .asString()
                .contains("Load Testing");
        assertThat(ask("list astrology").kind()).isEqualTo(Card.Kind.ERROR);
    }

    @Test
    void aRoleTheSkillLacksIsAnsweredWithEveryRoleItHas(@TempDir Path dir) throws IOException {
        Path roles = FixtureCatalog.copyTo(dir).resolve("roles.yml");
        String longNames = Files.readString(roles)
                .replace("short: DevOps", "short: Developer Operations Practitioner")
                .replace("short: Infrastructure", "short: Infrastructure and Networks Practitioner");
        Files.writeString(roles, longNames);
        Catalog catalog = new CatalogLoader().load(dir).catalog().orElseThrow();

        Card card = new CommandService(() -> catalog).answer(Invocation.cli("en"), "canary senior security");

        assertThat(card.kind()).isEqualTo(Card.Kind.ERROR);
        assertThat(card.fallback())
                .contains(
                        "Developer Operations Practitioner, Infrastructure and Networks Practitioner, Platform, SRE.");
    }

    @Test
    void anUnknownDomainIsAnsweredWithEveryDomainsName(@TempDir Path dir) {
        Catalog eightDomains = new CatalogLoader()
                .load(SyntheticCatalog.write(dir, SyntheticCatalog.Spec.of(8)))
                .catalog()
                .orElseThrow();

        Card card = new CommandService(() -> eightDomains).answer(Invocation.cli("en"), "list astrology");

        assertThat(card.kind()).isEqualTo(Card.Kind.ERROR);
        assertThat(card.fallback())
                .contains("“astrology”")
                .contains(eightDomains.domains().stream()
                        .map(domain -> domain.name("en"))
                        .toList());
    }

    @Test
    void helpAndChineseLabels() {
        assertThat(ask("help").kind()).isEqualTo(Card.Kind.HELP);
        Card chinese = service.answer(Invocation.cli("zh-CN"), "canary 首席");
        assertThat(chinese.title()).isEqualTo("Canary Releases · 首席");
        assertThat(sections(chinese))
                .filteredOn(section -> !section.heading().isEmpty())
                .extracting(section -> section.mark().label())
                .containsOnly("可选");
        assertThat(section(chinese, "DevOps 工程师").text()).startsWith("Shapes how the company ships");
        assertThat(sections(chinese)).last().extracting(Section::text).isEqualTo("部分内容暂无中文翻译，以英语显示。");
    }

    /**
     * Words that each name the same skill, an alias and a word of its name in any order ("kafka streaming" in the
     * bundled catalog), show that skill; words naming different skills ask which one, a button each at the level
     * asked for, rather than "did you mean" a list of other skills.
     */
    @ParameterizedTest
    @CsvSource({
        "canaries releases senior, Canary Releases · Senior",
        "releases canaries canary, Canary Releases · overview",
        "trains release train, Release Trains · overview",
        "loadtest testing lead, Load Testing · Lead",
        "what is the trains release train, Release Trains · overview"
    })
    void wordsThatAllNameOneSkillShowIt(String typed, String title) {
        assertThat(ask(typed).title()).isEqualTo(title);
    }

    @Test
    void wordsThatNameTwoSkillsAskWhichOne() {
        Card two = ask("canary trains senior sre");

        assertThat(two.kind()).isEqualTo(Card.Kind.WHICH_SKILL);
        assertThat(two.title()).isEqualTo("“canary trains” names 2 skills");
        assertThat(sections(two))
                .extracting(Section::text)
                .containsExactly("Which one do you mean?\n• Canary Releases\n• Release Trains");
        assertThat(buttons(two))
                .extracting(button -> button.label() + " → " + button.id().encode())
                .containsExactly(
                        "Canary Releases · Senior → sb1:show:canary-releases senior sre",
                        "Release Trains · Senior → sb1:show:release-trains senior sre");
        Card chinese = service.answer(Invocation.cli("zh-CN"), "loadtest canaries");
        assertThat(chinese.title()).isEqualTo("“loadtest canaries”指向 2 个技能");
        assertThat(sections(chinese))
                .extracting(Section::text)
                .first()
                .asString()
                .startsWith("您指的是哪一个？");
        assertThat(buttons(chinese)).hasSize(2);
        assertThat(buttons(ask("canary trains sre")))
                .extracting(button -> button.id().encode())
                .containsExactly("sb1:show:canary-releases sre", "sb1:show:release-trains sre");
    }

    /** A comparison whose words name two skills offers each skill's comparison, not its lower level alone. */
    @Test
    void aComparisonNamingTwoSkillsOffersTheComparisonOfEach() {
        Card two = ask("canary trains senior..lead sre");

        assertThat(two.kind()).isEqualTo(Card.Kind.WHICH_SKILL);
        assertThat(buttons(two))
                .extracting(button -> button.label() + " = " + button.id().encode())
                .containsExactly(
                        "Canary Releases · Senior → Lead = sb1:show:canary-releases senior..lead sre",
                        "Release Trains · Senior → Lead = sb1:show:release-trains senior..lead sre");
    }

    /**
     * {@code suggest} and {@code proposals} with words naming two skills offered each skill's lookup: the buttons now
     * do what was asked of the skill picked, opening its suggestion form (at the level and role given, else its first
     * level) or listing its open suggestions; so do those of a "did you mean" and of words not understood.
     */
    @Test
    void suggestAndProposalsNamingTwoSkillsOfferWhatWasAskedOfEach() {
        assertThat(buttons(ask("suggest canary trains senior sre")))
                .extracting(button -> button.label() + " → " + button.id().encode())
                .containsExactly(
                        "Canary Releases · Senior → sb1:suggest:canary-releases:senior:sre",
                        "Release Trains · Senior → sb1:suggest:release-trains:senior:sre");
        assertThat(buttons(ask("suggest canary trains")))
                .extracting(button -> button.id().encode())
                .containsExactly("sb1:suggest:canary-releases:junior:", "sb1:suggest:release-trains:junior:");
        Card proposals = ask("proposals canary trains");
        assertThat(proposals.kind()).isEqualTo(Card.Kind.WHICH_SKILL);
        assertThat(buttons(proposals))
                .extracting(button -> button.label() + " → " + button.id().encode())
                .containsExactly(
                        "Canary Releases → sb1:show:proposals canary-releases",
                        "Release Trains → sb1:show:proposals release-trains");
        assertThat(buttons(ask("proposals lod testng tools")))
                .extracting(button -> button.id().encode())
                .contains("sb1:show:proposals load-testing");
        assertThat(buttons(ask("suggest canary wizard lead")))
                .extracting(button -> button.id().encode())
                .containsExactly("sb1:suggest:canary-releases:lead:");
        assertThat(ask(buttons(proposals).get(1).id().arg(0)).title()).isEqualTo("Open suggestions for Release Trains");
    }

    /**
     * {@code suggest trains release train lead} (words that each name Release Trains, as {@code kafka streaming} names
     * Streaming Data in the bundled catalog) answered with a Suggest edit button, the form knowing only a whole name:
     * the form opens straight away, at the level and role given, as for {@code suggest release trains lead}. Words
     * naming two skills, words not understood, or a role the skill lacks still get a card that says so.
     */
    @ParameterizedTest
    @CsvSource({
        "suggest trains release train lead sre, release-trains, lead, sre",
        "suggest what is the trains release train, release-trains, junior, devops",
        "suggest canaries releases senior platform, canary-releases, senior, platform",
        "suggest release trains lead, release-trains, lead, devops"
    })
    void suggestWithWordsThatNameOneSkillOpensItsFormStraightAway(
            String typed, String skill, String level, String role) {
        CommandService.Reply reply = service.reply(Invocation.cli("en"), typed);

        assertThat(reply).isInstanceOf(CommandService.Reply.Form.class);
        ModalForm form = ((CommandService.Reply.Form) reply).form();
        assertThat(form.callback().encode()).isEqualTo("sb1:suggested:" + skill + ":en");
        assertThat(form.inputs())
                .filteredOn(input -> input instanceof ModalForm.ChoiceInput)
                .extracting(input -> input.id() + "=" + ((ModalForm.ChoiceInput) input).selected())
                .contains("level=" + level, "role=" + role);
    }

    @ParameterizedTest
    @CsvSource({"suggest canary trains senior", "suggest trains release wizard", "suggest release trains lead platform"
    })
    void suggestWithWordsThatDoNotNameOneSkillWithItsRoleAnswersWithACard(String typed) {
        assertThat(service.reply(Invocation.cli("en"), typed)).isInstanceOf(CommandService.Reply.Answer.class);
    }

    /**
     * "gitops的高级" (的 typed against the level, as Chinese is typed) said GitOps has no level or role “的高级”: a word
     * that names no skill and holds a level or role after 的 (or before a final 的) is read as that level or role.
     * A search reads its words as typed.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "canary的高级|Canary Releases · 高级",
                "canary高级的|Canary Releases · 高级",
                "canary 的高级|Canary Releases · 高级",
                "canary的高级的sre|Canary Releases · 高级",
                "canary的资深..高级|Canary Releases · 高级 → 资深"
            })
    void aLevelOrRoleTypedAgainstDeIsReadAsTheLevelOrRole(String typed, String title) {
        Card card = service.answer(Invocation.cli("zh-CN"), typed);

        assertThat(card.title()).isEqualTo(title);
        assertThat(card.kind()).isIn(Card.Kind.LEVEL, Card.Kind.COMPARISON);
    }

    /**
     * "gitops（高级）" and "gitops，高级" were one word, GitOps by its prefix with the level silently lost: Chinese (and
     * full-width) punctuation parts a lookup's words as a space does.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "canary（高级）|Canary Releases · 高级",
                "canary，高级|Canary Releases · 高级",
                "canary「高级」|Canary Releases · 高级",
                "canary“高级”sre|Canary Releases · 高级",
                "ＣＡＮＡＲＹ：ｓｅｎｉｏｒ！|Canary Releases · 高级"
            })
    void chinesePunctuationBetweenALookupsWordsPartsThem(String typed, String title) {
        Card card = service.answer(Invocation.cli("zh-CN"), typed);

        assertThat(card.title()).isEqualTo(title);
        assertThat(card.kind()).isEqualTo(Card.Kind.LEVEL);
    }

    /**
     * "gitops,senior", "gitops(senior)", "gitops:senior", "gitops;senior" were misses, and a zero-width character
     * between the words (U+200B, U+200C, U+200D, U+2060, U+FEFF) too: they part a lookup's words as Chinese
     * punctuation does (one rule, {@link PartingMarks}). A zero-width character inside a name parts nothing.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "canary,senior|Canary Releases · Senior",
                "canary(senior)|Canary Releases · Senior",
                "canary:senior|Canary Releases · Senior",
                "canary;senior|Canary Releases · Senior",
                "canary\u200Bsenior|Canary Releases · Senior",
                "canary\u200Csenior|Canary Releases · Senior",
                "canary\u200Dsenior|Canary Releases · Senior",
                "canary\u2060senior|Canary Releases · Senior",
                "canary\uFEFFsenior|Canary Releases · Senior",
                "cana\u200Bry sen\u200Bior|Canary Releases · Senior",
                "\u200Bcanary \u200B senior\u200B|Canary Releases · Senior",
                "canary-releases,lead,sre|Canary Releases · Lead",
                "*canary*:_senior_|Canary Releases · Senior",
                "canary\u0001senior\u0085|Canary Releases · Senior",
                "canary :rocket: senior :+1::skin-tone-2:|Canary Releases · Senior"
            })
    void asciiPunctuationAndZeroWidthCharactersBetweenALookupsWordsPartThem(String typed, String title) {
        Card card = ask(typed);

        assertThat(card.title()).isEqualTo(title);
        assertThat(card.kind()).isEqualTo(Card.Kind.LEVEL);
    }

    /** Text that is only marks ("{}", ":rocket:") left no word once parted, and answered with a server error. */
    @ParameterizedTest
    @ValueSource(strings = {"{}", ",", ":rocket:", "\u200B\u0001", "suggest (", "“”"})
    void textThatIsOnlyMarksNamesNoSkill(String typed) {
        assertThat(ask(typed).kind()).isIn(Card.Kind.DID_YOU_MEAN, Card.Kind.ERROR, Card.Kind.HELP);
    }

    @Test
    void aPartedWordThatIsNoLevelOrRoleIsNamed() {
        assertThat(ask("canary,wizard").fallback()).startsWith("Canary Releases has no level or role “wizard”.");
        assertThat(ask("canary\u200Bwizard:lead").fallback())
                .startsWith("Canary Releases has no level or role “wizard”.");
    }

    /** A name that holds such a mark between its letters is read whole, also among other words: its parts stay its own. */
    @Test
    void aNameHoldingAPartingMarkIsNotParted(@TempDir Path dir) throws IOException {
        Path trains = FixtureCatalog.copyTo(dir).resolve("delivery/release-trains.yml");
        Files.writeString(
                trains, Files.readString(trains).replace("name: Release Trains", "name: \"Tier(1) Release:Trains\""));
        Catalog marked = new CatalogLoader().load(dir).catalog().orElseThrow();
        CommandService service = new CommandService(() -> marked);

        assertThat(service.answer(Invocation.cli("en"), "tier(1) release:trains senior")
                        .title())
                .isEqualTo("Tier(1) Release:Trains · Senior");
        assertThat(service.answer(Invocation.cli("en"), "lead tier(1) release:trains sre")
                        .title())
                .isEqualTo("Tier(1) Release:Trains · Lead");
    }

    @Test
    void wordsWithDeThatAreNoLevelOrRoleStayWhole() {
        assertThat(buttons(ask("suggest canary的资深")))
                .extracting(button -> button.id().encode())
                .containsExactly("sb1:suggest:canary-releases:lead:");
        assertThat(ask("canary的巫师").fallback()).contains("“的巫师”");
        assertThat(ask("canary 的高级者").fallback()).contains("“的高级者”");
        assertThat(ask("search 的高级").title()).contains("的高级");
    }

    /** "canary 99" passed as a typo of Canary Releases (its overview) and "canary wizard" matched no skill. */
    @Test
    void wordsThatAreNoLevelRoleOrPartOfTheNameAreNamedWithTheSkillsLevelsAndRoles() {
        Card number = ask("canary 99");
        assertThat(number.kind()).isEqualTo(Card.Kind.ERROR);
        assertThat(number.fallback())
                .startsWith("Canary Releases has no level or role “99”. Levels: Junior, Middle, Senior, Lead,"
                        + " Principal. Its roles: ");
        assertThat(Cards.button(number, "Canary Releases").id().encode()).isEqualTo("sb1:show:canary-releases");

        Card word = ask("canary senior wizard sre");
        assertThat(word.fallback()).startsWith("Canary Releases has no level or role “wizard”.");
        assertThat(Cards.button(word, "Canary Releases · Senior").id().encode())
                .isEqualTo("sb1:show:canary-releases senior sre");

        assertThat(ask("canary relases senior").title()).isEqualTo("Canary Releases · Senior");
        assertThat(service.answer(Invocation.cli("zh-CN"), "canary 99").fallback())
                .contains("“99”");
    }

    /** Words typed around a lookup that ask for nothing (what is, for, from … to, level) do not turn it into an error. */
    @Test
    void fillerWordsAroundALookupAreReadAsTheLookup() {
        assertThat(ask("what is canary").title()).isEqualTo("Canary Releases · overview");
        assertThat(ask("canary for sre").context())
                .anySatisfy(line -> assertThat(line).contains("role: "));
        assertThat(ask("canary at senior level").title()).isEqualTo("Canary Releases · Senior");
        assertThat(ask("canary from junior to senior").title()).isEqualTo("Canary Releases · Junior → Senior");
        assertThat(ask("canary junior to senior").title()).isEqualTo("Canary Releases · Junior → Senior");
        assertThat(service.answer(Invocation.cli("zh-CN"), "canary 的 要求").kind())
                .isNotEqualTo(Card.Kind.ERROR);

        assertThat(ask("what is canary wizard").fallback())
                .startsWith("Canary Releases has no level or role “wizard”.");
    }

    /** Chinese is typed without spaces, also next to a Latin name: the level is not lost in one word with it. */
    @Test
    void chineseTypedAgainstALatinNameIsReadAsSeparateWords() {
        Invocation chinese = Invocation.cli("zh-CN");
        Card spaced = service.answer(chinese, "canary 高级");
        assertThat(service.answer(chinese, "canary高级").title()).isEqualTo(spaced.title());
        assertThat(service.answer(chinese, "什么是canary").title())
                .isEqualTo(service.answer(chinese, "canary").title());
        assertThat(WordsApart.betweenScripts("sre高级L3")).isEqualTo("sre 高级 L3");
        assertThat(WordsApart.betweenScripts("gitops senior")).isSameAs("gitops senior");
    }

    @Test
    void roleTheSkillDoesNotIncludeIsExplained() {
        Card card = ask("canary senior dba");
        assertThat(card.kind()).isEqualTo(Card.Kind.ERROR);
        assertThat(sections(card).get(0).text())
                .contains("Canary Releases does not include the role Database Engineer");
    }

    @Test
    void aRepeatedLookupReusesItsCardAndIsCountedEveryTime() {
        java.util.List<String> shown = new java.util.ArrayList<>();
        CommandService counted =
                new CommandService(() -> catalog, new CommandPorts(SuggestionsView.NONE, null, shown::add));
        Card first = counted.answer(Invocation.cli("en"), "canary senior");
        Card second = counted.answer(Invocation.cli("en"), "canary senior");
        Card chinese = counted.answer(Invocation.cli("zh-CN"), "canary senior");

        assertThat(second).isSameAs(first);
        assertThat(chinese).isNotSameAs(first);
        assertThat(shown).containsExactly("canary-releases", "canary-releases", "canary-releases");
        assertThat(counted.cardCache().stats().hitCount()).isEqualTo(1);
        counted.forgetCards();
        assertThat(counted.answer(Invocation.cli("en"), "canary senior"))
                .isNotSameAs(first)
                .isEqualTo(first);
    }

    /** Parses are kept per text, but only for the catalog they were made against: a reload's new aliases count at once. */
    @Test
    void aReloadedCatalogParsesTheSameTextAfresh(@TempDir Path temp) throws IOException {
        Path dir = FixtureCatalog.copyTo(temp.resolve("catalog"));
        AtomicReference<Catalog> current = new AtomicReference<>(sameRevision(dir));
        CommandService reloading = new CommandService(current::get);
        assertThat(reloading.answer(Invocation.cli("en"), "canary expert").title())
                .isNotEqualTo("Canary Releases · Senior");

        Path levels = dir.resolve("levels.yml");
        Files.writeString(levels, Files.readString(levels).replace("aliases: [sr, snr,", "aliases: [expert, sr, snr,"));
        current.set(sameRevision(dir));

        assertThat(reloading.answer(Invocation.cli("en"), "canary expert").title())
                .isEqualTo("Canary Releases · Senior");
    }

    /** Both catalogs named alike, so that only the parse can tell them apart (the card cache keys by revision). */
    /**
     * A link to the catalog's own skill page pasted for a lookup was "No skill matches": it reads as the page's skill,
     * at the level and role of its query or anchor, bare, in Slack's link form or in quotes; an address elsewhere (or
     * with words around it) stays a miss.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '^',
            value = {
                "https://skills.example.com/skills/canary-releases^Canary Releases · overview",
                "https://Skills.Example.com/skills/canary-releases/^Canary Releases · overview",
                "https://skills.example.com/skills/canary-releases?level=senior&role=sre^Canary Releases · Senior",
                "https://skills.example.com/skills/canary-releases#senior-platform^Canary Releases · Senior",
                "https://skills.example.com/skills/canary-releases#level-lead^Canary Releases · Lead",
                "<https://skills.example.com/skills/canary-releases?level=senior|Canary>^Canary Releases · Senior",
                "<https://skills.example.com/skills/canary-releases>^Canary Releases · overview",
                "\"https://skills.example.com/skills/canary-releases?from=senior&to=lead\"^Canary Releases · Senior → Lead",
                "https://elsewhere.example.com/skills/canary-releases^No skill matches",
                "https://skills.example.com.evil.test/skills/canary-releases^No skill matches",
                "https://skills.example.com/skills/canary-releases please^No skill matches"
            })
    void aLinkToTheCatalogsOwnSkillPageReadsAsThatSkill(String typed, String title) {
        CommandService linked =
                new CommandService(() -> catalog, CommandPorts.NONE, Permalinks.of("https://skills.example.com/"));

        Card card = linked.answer(Invocation.cli("en"), typed);

        assertThat(card.title()).startsWith(title);
    }

    /**
     * {@code canary} typed 70 times was no match: its runs of words were more words than a name has. A repeated word
     * reads as that word, a name's words repeated as the name, the level and role as ever.
     */
    @Test
    void aWordRepeatedReadsAsThatWord() {
        assertThat(ask("canary ".repeat(70)).title()).isEqualTo("Canary Releases · overview");
        assertThat(ask("Canary canary CANARY " + "releases ".repeat(10) + "senior")
                        .title())
                .isEqualTo("Canary Releases · Senior");
        assertThat(ask("canary releases ".repeat(20) + "sre lead").title()).isEqualTo("Canary Releases · Lead");
    }

    /**
     * Markup typed for a skill ({@code <div>}, {@code </iframe>}, {@code &amp;}), or a link to elsewhere, got "did you
     * mean" skills close to it in spelling only (Data Modeling for {@code <div>}): it gets the help, and no skills.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "<div>",
                "<strong>",
                "</iframe>",
                "&amp;",
                "<table> <pre>",
                "<code> ***",
                "https://elsewhere.example.com/skills/gitops-practices"
            })
    void markupTypedForASkillGetsTheHelpAndNoSkillsCloseInSpelling(String typed) {
        Card card = new CommandService(BundledCatalog::get).answer(Invocation.cli("en"), typed);

        assertThat(card.kind()).isEqualTo(Card.Kind.DID_YOU_MEAN);
        assertThat(sections(card))
                .extracting(Section::text)
                .containsExactly("Try `list` to see every skill, or `search` with a word from its description.");
        assertThat(card.controls()).isEmpty();
    }

    /**
     * Only mentions typed for a skill (Slack's {@code <!channel>}, {@code <@U123|ann>}, Discord's {@code <@&456>},
     * {@code @everyone}, as typed {@code @here}) got "No skill matches" with the mention echoed and skills close to it
     * in spelling: they are said to be no skill, in the reader's language, without the mention, also where a skill is
     * asked for by {@code suggest} and {@code proposals}.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '#',
            value = {
                "en#<!channel>#A mention names a person or a channel, not a skill. Name a skill, such as `gitops senior`;"
                        + " `list` shows every skill.",
                "en#<@U123|ann> senior#A mention names a person or a channel, not a skill.",
                "en#@here#A mention names a person or a channel, not a skill.",
                "en#@everyone <@&456>#A mention names a person or a channel, not a skill.",
                "en#\"<!here>\"#A mention names a person or a channel, not a skill.",
                "en#suggest <!subteam^S1|@team>#A mention names a person or a channel, not a skill.",
                "zh-CN#<@!123>#提及指向某人或某个频道，而不是技能。请说出技能名，例如 `gitops senior`；`list` 列出所有技能。"
            })
    void aMentionTypedForASkillIsSaidToBeNoSkillWithoutEchoingIt(String locale, String typed, String says) {
        Card card = new CommandService(BundledCatalog::get).answer(Invocation.cli(locale), typed);

        assertThat(card.kind()).isEqualTo(Card.Kind.ERROR);
        assertThat(card.fallback()).startsWith(says);
        assertThat(card.toString()).doesNotContain("here>", "channel>", "U123", "everyone", "456", "subteam", "@!123");
    }

    private static Catalog sameRevision(Path dir) {
        return new CatalogLoader(hash -> "same").load(dir).catalog().orElseThrow();
    }

    private Card ask(String text) {
        return service.answer(Invocation.cli("en"), text);
    }

    private Level[] newlyRequiredPair(Skill skill) {
        for (int rank = 0; rank + 1 < catalog.levels().size(); rank++) {
            Level from = catalog.levels().get(rank);
            Level to = catalog.levels().get(rank + 1);
            for (String role : skill.roleIds()) {
                if (!skill.expectation(from, role).orElseThrow().required()
                        && skill.expectation(to, role).orElseThrow().required()) {
                    return new Level[] {from, to};
                }
            }
        }
        throw new AssertionError(
                skill.id() + " has no optional cell that becomes required; pick another skill for this test");
    }

    static List<Section> sections(Card card) {
        return Cards.sections(card);
    }

    static List<Button> buttons(Card card) {
        return Cards.buttons(card);
    }

    private static Section section(Card card, String heading) {
        return sections(card).stream()
                .filter(section -> section.heading().equals(heading))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no section " + heading + " on " + card.title()));
    }
}
