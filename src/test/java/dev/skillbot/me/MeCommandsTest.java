package dev.skillbot.me;

import static dev.skillbot.testing.Cards.button;
import static dev.skillbot.testing.Cards.buttons;
import static dev.skillbot.testing.Cards.choices;
import static dev.skillbot.testing.Cards.flip;
import static dev.skillbot.testing.Cards.sections;
import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.card.Button;
import dev.skillbot.card.Card;
import dev.skillbot.card.Choices;
import dev.skillbot.card.Diff;
import dev.skillbot.card.Section;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.CatalogLoader;
import dev.skillbot.chat.Invocation;
import dev.skillbot.chat.Platform;
import dev.skillbot.command.CommandPorts;
import dev.skillbot.command.CommandService;
import dev.skillbot.testing.FixtureCatalog;
import dev.skillbot.testing.ParallelApprovals;
import dev.skillbot.testing.PersonalRig;
import dev.skillbot.testing.SyntheticCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** "Me" through the command service, on the fixture catalog and real stores (H2) behind the database guard. */
class MeCommandsTest {

    private final PersonalRig rig = PersonalRig.h2(Clock.systemUTC());
    private final AtomicReference<Catalog> catalog = new AtomicReference<>(FixtureCatalog.load());
    private final CommandService service = new CommandService(
            catalog::get, CommandPorts.NONE.withPersonal(new MeCommands(rig.stores, new ChecklistIndex())));

    @TempDir
    Path temp;

    @AfterEach
    void close() {
        rig.close();
    }

    /**
     * A role and then a level picked on the same profile card, before it is drawn again (or on two devices): the
     * second pick keeps the first, rather than putting back the role the card was drawn with.
     */
    @Test
    void aRoleAndThenALevelPickedOnTheSameCardBothStay() {
        Card card = ask("ann", "me sre senior");

        ask("ann", pickOn(card, "me-role", "DevOps"));
        Card after = ask("ann", pickOn(card, "me-level", "Lead"));

        assertThat(sections(after))
                .extracting(Section::text)
                .contains("Saved: DevOps · Lead. Lookups now open on your role at your level.");
        assertThat(rig.stores.storedProfile(new dev.skillbot.me.UserRef(Platform.SLACK, "T1", "ann")))
                .hasValueSatisfying(profile ->
                        assertThat(profile.roleId() + " " + profile.levelId()).isEqualTo("devops lead"));
    }

    /** The command the option {@code label} of the select {@code what} runs. */
    private static String pickOn(Card card, String what, String label) {
        return dev.skillbot.testing.Cards.select(card, what).options().stream()
                .filter(option -> option.label().equals(label))
                .findFirst()
                .orElseThrow()
                .value()
                .arg(0);
    }

    @Test
    void aProfileOpensTypedLookupsOnYourRoleAtYourLevelAndTypedWordsWin() {
        Card saved = ask("ann", "me sre seniro");
        assertThat(sections(saved))
                .extracting(Section::text)
                .contains("Saved: SRE · Senior. Lookups now open on your role at your level.");

        Card mine = ask("ann", "canary");
        assertThat(mine.title()).isEqualTo("Canary Releases · Senior");
        assertThat(sections(mine)).extracting(Section::heading).containsExactly("Site Reliability Engineer (SRE)");
        assertThat(mine.context()).contains("You: SRE · Senior — your level");
        assertThat(button(mine, "Compare with Lead").id().encode())
                .isEqualTo("sb1:show:canary-releases senior..lead sre");

        Card typed = ask("ann", "canary lead devops");
        assertThat(typed.title()).isEqualTo("Canary Releases · Lead");
        assertThat(sections(typed)).extracting(Section::heading).containsExactly("DevOps Engineer");
        assertThat(typed.context()).contains("You: SRE · Senior").doesNotContain("You: SRE · Senior — your level");

        Card button = service.answer(invocation("ann", Invocation.Origin.BUTTON), "canary-releases");
        assertThat(button.kind())
                .as("a button carries its whole command and is never personalised")
                .isEqualTo(Card.Kind.OVERVIEW);
    }

    @Test
    void withoutAProfileALookupIsUnchangedPlusAOneLineHint() {
        Card card = ask("bob", "canary");
        Card generic = new CommandService(catalog::get).answer(invocation("bob", Invocation.Origin.COMMAND), "canary");

        assertThat(card.kind()).isEqualTo(Card.Kind.OVERVIEW);
        assertThat(card.blocks()).isEqualTo(generic.blocks());
        assertThat(card.context())
                .containsAll(generic.context())
                .contains("Tip: me sre senior sets your role and level, and cards open on them.")
                .hasSize(generic.context().size() + 1);
    }

    @Test
    void anUnknownRoleOrLevelGetsTheClosestNames() {
        Card card = ask("ann", "me sre seinor-lvl");
        assertThat(card.kind()).isEqualTo(Card.Kind.ERROR);
        assertThat(card.fallback()).startsWith("“seinor-lvl” is no role or level. Closest: Senior");

        assertThat(ask("ann", "next wizzard lead").fallback()).startsWith("“wizzard” is no role or level. Closest:");
    }

    /** A second role or level is no unknown word: the answer asks which of the two, and the same role twice is one. */
    @Test
    void twoRolesOrLevelsAskWhichOneRatherThanCallingOneUnknown() {
        Card both = ask("ann", "me sre devops senior");
        assertThat(both.kind()).isEqualTo(Card.Kind.ERROR);
        assertThat(both.fallback()).isEqualTo("One role at a time: SRE or DevOps?");
        assertThat(ask("ann", "next sre devops lead").fallback()).isEqualTo("One role at a time: SRE or DevOps?");
        assertThat(ask("ann", "me sre senior junior").fallback()).isEqualTo("One level at a time: Senior or Junior?");
        assertThat(rig.jdbc.queryForObject("select count(*) from me_profile", Integer.class))
                .isZero();

        assertThat(sections(ask("ann", "me sre reliability senior")))
                .extracting(Section::text)
                .contains("Saved: SRE · Senior. Lookups now open on your role at your level.");
    }

    @Test
    void theChecklistPutsItsTotalsFirstAndPagesWithButtons() throws IOException {
        catalog.set(new CatalogLoader()
                .load(SyntheticCatalog.write(temp.resolve("synthetic"), SyntheticCatalog.Spec.of(12)))
                .catalog()
                .orElseThrow());
        Card first = ask("cid", "next role-01 lead");

        assertThat(first.kind()).isEqualTo(Card.Kind.CHECKLIST);
        assertThat(first.title()).isEqualTo("Promotion checklist: Senior → Lead, Role 1");
        assertThat(sections(first).get(0).text())
                .matches("Senior → Lead, Role 1: 12 skills, \\d+ expect more, \\d+ newly required, 12 expectations");
        assertThat(first.blocks()).filteredOn(Diff.class::isInstance).hasSize(ChecklistPage.PAGE_SIZE);
        assertThat(first.context()).contains("Page 1 of 3");
        assertThat(choices(first).options()).hasSize(ChecklistPage.PAGE_SIZE).allSatisfy(option -> {
            assertThat(option.label()).startsWith("I do this: ");
            assertThat(option.selected()).isFalse();
        });

        Card second = service.answer(
                invocation("cid", Invocation.Origin.BUTTON),
                button(first, "Page 2 ▶").id().arg(0));
        assertThat(second.context()).contains("Page 2 of 3");
        assertThat(buttons(second)).extracting(Button::label).contains("◀ Page 1", "Page 3 ▶");
        Card third = service.answer(
                invocation("cid", Invocation.Origin.BUTTON),
                button(second, "Page 3 ▶").id().arg(0));
        assertThat(third.blocks()).filteredOn(Diff.class::isInstance).hasSize(2);
        assertThat(buttons(third))
                .extracting(Button::label)
                .contains("◀ Page 2")
                .noneMatch(label -> label.startsWith("Page 4"));
    }

    /**
     * A page is asked for as the page buttons write it ({@code p2}) and as it is typed ({@code P2}, {@code page 2},
     * {@code page2}, {@code 第2页}), in every paged answer ({@code next …}, {@code me shared <id>}); {@code page 2}
     * was read as the level 2 and the word "page".
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "next role-01 lead p2",
                "next role-01 lead P2",
                "next role-01 lead page 2",
                "next role-01 page2 lead",
                "晋升 role-01 lead 第2页",
                "me next role-01 lead page 2",
                "me shared ID page 2",
                "me shared ID P2"
            })
    void aPageIsReadAsTheButtonsWriteItAndAsItIsTyped(String typed) throws IOException {
        catalog.set(new CatalogLoader()
                .load(SyntheticCatalog.write(temp.resolve("synthetic"), SyntheticCatalog.Spec.of(12)))
                .catalog()
                .orElseThrow());
        ask("cid", "me role-01 senior");
        String id =
                button(ask("cid", "me share"), "Share in channel").id().arg(0).replace("me shared ", "");

        Card page = ask("cid", typed.replace("ID", id));

        assertThat(page.kind()).isEqualTo(Card.Kind.CHECKLIST);
        assertThat(page.context()).contains("Page 2 of 3");
    }

    /**
     * A role's name of several words, as the cards show it ({@code Site Reliability Engineer (SRE)}, with its mark
     * next to a level: {@code (SRE),senior}), was read a word at a time: "engineer" came close to another role, and
     * {@code me} said "One role at a time". It is read whole, as lookups read it, also in Chinese.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '^',
            value = {
                "en^me site reliability engineer (sre) senior^Saved: SRE · Senior.",
                "en^me Site Reliability Engineer (SRE),senior^Saved: SRE · Senior.",
                "en^me senior platform engineer^Saved: Platform · Senior.",
                "zh-CN^我 站点可靠性工程师（SRE） 高级^已保存：SRE · 高级。",
                "en^next site reliability engineer (sre) lead^Senior → Lead, SRE"
            })
    void aRolesNameOfSeveralWordsIsReadWhole(String locale, String typed, String says) {
        Card card = askIn("ann", locale, typed);

        assertThat(card.kind()).isNotEqualTo(Card.Kind.ERROR);
        assertThat(sections(card))
                .extracting(Section::text)
                .anySatisfy(text -> assertThat(text).startsWith(says));
    }

    /**
     * The profile is one card: {@code me sre senior p2} saved the role and level and dropped the page unsaid. It saves
     * nothing and shows the checklist from that level up, in the reader's language. {@code me sre senior page 99999}
     * then suggested {@code next p99999}, past the last page (and naming no role for someone without a profile): the
     * last page is shown, saying so, as {@code next sre lead p99999} does ({@link PagePastLastTest}).
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '#',
            value = {
                "en#me sre senior p2#“p2” asks for a page, and your profile is one card: nothing was saved. Here is the"
                        + " promotion checklist from that level up: next sre senior..lead.",
                "en#me sre senior page 99999#“p99999” asks for a page, and your profile is one card: nothing was saved."
                        + " Here is the promotion checklist from that level up: next sre senior..lead.",
                "zh-CN#我 sre 高级 第2页#“p2”是页码，而您的档案只有一张卡片：没有保存任何内容。这是从该级别起的晋升清单：next sre senior..lead。"
            })
    void aPageTypedWithAProfileShowsTheChecklistAndNothingIsSaved(String locale, String typed, String said) {
        Card card = askIn("ann", locale, typed);

        assertThat(card.kind()).isEqualTo(Card.Kind.CHECKLIST);
        assertThat(sections(card).get(0).text())
                .isEqualTo(
                        locale.equals("en")
                                ? "There is no such page: this is the last, page 1."
                                : "没有这一页：这是最后一页，第 1 页。");
        assertThat(sections(card)).extracting(Section::text).contains(said);
        assertThat(card.fallback()).doesNotContain("p99999 ");
        assertThat(rig.jdbc.queryForObject("select count(*) from me_profile", Integer.class))
                .isZero();
    }

    /** With no role or level to read the checklist from, nothing is saved and the example names a page that is there. */
    @Test
    void aPageWithNoChecklistToShowIsNamedAndNothingIsSaved() {
        Card refused = ask("ann", "me p99999");

        assertThat(refused.kind()).isEqualTo(Card.Kind.ERROR);
        assertThat(refused.fallback())
                .isEqualTo("“p99999” asks for a page, and your profile is one card: nothing was saved. Your promotion"
                        + " checklist has pages, such as: next sre lead p2.");
    }

    @Test
    void aMarkCountsTowardsReadinessUntilItsCellTextChanges() throws IOException {
        ask("ann", "me sre senior");
        Card checklist = ask("ann", "next");
        assertThat(sections(checklist).get(0).text())
                .isEqualTo("Senior → Lead, SRE: 3 skills, 3 expect more, 0 newly required, 3 expectations");
        assertThat(sections(checklist).get(1).text()).isEqualTo("Lead readiness: 0 of 3 required expectations (0%)");

        Card marked = choose("ann", flip(choices(checklist), "I do this: Canary Releases"));
        assertThat(sections(marked).get(1).text()).isEqualTo("Lead readiness: 1 of 3 required expectations (33%)");
        assertThat(diff(marked, "Canary Releases").heading()).endsWith("✓ you do this");
        assertThat(choices(marked).options())
                .filteredOn(Choices.Option::selected)
                .extracting(Choices.Option::label)
                .containsExactly("I do this: Canary Releases");

        editCanaryLeadText();

        Card changed = ask("ann", "next");
        assertThat(diff(changed, "Canary Releases").heading()).endsWith("⚠ changed since you marked it, review it");
        assertThat(sections(changed).get(1).text()).isEqualTo("Lead readiness: 0 of 3 required expectations (0%)");
        assertThat(sections(ask("ann", "me")))
                .extracting(Section::text)
                .contains(
                        "1 of your marks are on text that changed since you marked it: review them on the checklist.");

        Choices.Option review = choices(changed).options().stream()
                .filter(option -> option.label().equals("I do this: Canary Releases"))
                .findFirst()
                .orElseThrow();
        assertThat(review.selected()).isFalse();
        assertThat(review.description()).isEqualTo("⚠ changed since you marked it, review it");
        Card other = choose("ann", flip(choices(changed), "I do this: Load Testing"));
        assertThat(diff(other, "Canary Releases").heading())
                .as("ticking another cell leaves the changed mark as it is: neither kept silently nor dropped")
                .endsWith("⚠ changed since you marked it, review it");
        Card reviewed = choose("ann", flip(choices(ask("ann", "next")), "I do this: Canary Releases"));
        assertThat(sections(reviewed).get(1).text()).isEqualTo("Lead readiness: 2 of 3 required expectations (66%)");
    }

    /**
     * Two devices showing the same page: each change writes only the cells it changed against what its
     * card showed, so a tick made meanwhile on the other device is kept, and the last write of a cell wins.
     */
    @Test
    void twoDevicesChangingTheSamePageEachWriteOnlyTheirOwnChange() {
        ask("ann", "me sre senior");
        Choices phone = choices(ask("ann", "next"));
        Choices laptop = choices(ask("ann", "next"));

        choose("ann", flip(phone, "I do this: Canary Releases"));
        Card both = choose("ann", flip(laptop, "I do this: Load Testing"));
        assertThat(choices(both).options())
                .filteredOn(Choices.Option::selected)
                .extracting(Choices.Option::label)
                .containsExactlyInAnyOrder("I do this: Canary Releases", "I do this: Load Testing");

        Card cleared = choose("ann", flip(phone, "I do this: Canary Releases").replace("=0", "="));
        assertThat(choices(cleared).options())
                .filteredOn(Choices.Option::selected)
                .extracting(Choices.Option::label)
                .as("the phone's card still showed Canary unticked, so unticking it again writes nothing")
                .containsExactlyInAnyOrder("I do this: Canary Releases", "I do this: Load Testing");
        Card last = choose("ann", flip(choices(both), "I do this: Canary Releases"));
        assertThat(choices(last).options())
                .filteredOn(Choices.Option::selected)
                .extracting(Choices.Option::label)
                .containsExactly("I do this: Load Testing");
    }

    /** Every cell of a page ticked from the same card by as many devices at once: all of them end marked. */
    @Test
    void manyDevicesTickingAtOnceLoseNoCell() throws Exception {
        catalog.set(new CatalogLoader()
                .load(SyntheticCatalog.write(temp.resolve("synthetic"), SyntheticCatalog.Spec.of(12)))
                .catalog()
                .orElseThrow());
        ask("fay", "me role-01 senior");
        Choices page = choices(ask("fay", "next"));
        List<Runnable> devices = page.options().stream()
                .<Runnable>map(option -> () -> choose("fay", flip(page, option.label())))
                .toList();

        ParallelApprovals.releaseTogether(devices);

        assertThat(choices(ask("fay", "next")).options()).allMatch(Choices.Option::selected);
        assertThat(sections(ask("fay", "next")).get(1).text())
                .isEqualTo("Lead readiness: 5 of 12 required expectations (41%)");
    }

    /** A page drawn before its cells' text changed writes nothing: the person sees the new text first. */
    @Test
    void aPageDrawnBeforeItsTextChangedWritesNothing() throws IOException {
        ask("ann", "me sre senior");
        Choices old = choices(ask("ann", "next"));
        editCanaryLeadText();

        Card fresh = choose("ann", flip(old, "I do this: Load Testing"));

        assertThat(fresh.kind()).isEqualTo(Card.Kind.CHECKLIST);
        assertThat(rig.jdbc.queryForObject("select count(*) from me_mark", Integer.class))
                .isZero();
    }

    /** A lookup on one's own role and level carries the one cell's choice; ticking and unticking it writes that cell. */
    @Test
    void aLookupCarriesTheChoiceOfYourOwnCell() {
        ask("ann", "me sre senior");
        Choices mine = choices(ask("ann", "canary"));
        assertThat(mine.options()).extracting(Choices.Option::label).containsExactly("I do this: SRE");

        Card marked = choose("ann", flip(mine, "I do this: SRE"));
        assertThat(marked.title()).isEqualTo("Canary Releases · Senior");
        assertThat(choices(marked).options().get(0).selected()).isTrue();
        assertThat(rig.jdbc.queryForObject("select count(*) from me_mark", Integer.class))
                .isEqualTo(1);
        choose("ann", flip(choices(marked), "I do this: SRE"));
        assertThat(rig.jdbc.queryForObject("select count(*) from me_mark", Integer.class))
                .isZero();
    }

    /** A lookup drawn before its cell's text changed marks nothing when ticked: the person sees the new text first. */
    @Test
    void aLookupDrawnBeforeItsTextChangedMarksNothing() throws IOException {
        ask("ann", "me sre senior");
        Choices old = choices(ask("ann", "canary lead"));
        editCanaryLeadText();

        Card fresh = choose("ann", flip(old, "I do this: SRE"));

        assertThat(fresh.title()).isEqualTo("Canary Releases · Lead");
        assertThat(sections(fresh))
                .extracting(Section::text)
                .anyMatch(text -> text.contains("default gates for every team"));
        assertThat(choices(fresh).options().get(0).selected()).isFalse();
        assertThat(rig.jdbc.queryForObject("select count(*) from me_mark", Integer.class))
                .isZero();

        choose("ann", flip(choices(fresh), "I do this: SRE"));
        assertThat(rig.jdbc.queryForObject("select count(*) from me_mark", Integer.class))
                .as("ticked on the card that shows the new text")
                .isEqualTo(1);
    }

    /** A long comment is shortened where it is stored, never between the two halves of an emoji. */
    @Test
    void aLongCommentIsShortenedWithoutSplittingAnEmoji() {
        ask("ann", "me sre senior");
        String open = button(ask("ann", "me share"), "Share in channel").id().arg(0);
        service.answer(invocation("ann", Invocation.Origin.PUBLIC), open); // posted: open to the channel

        ask("bob", open.replace("shared", "comment") + " canary " + "a".repeat(398) + "😀😀");

        String stored = rig.jdbc.queryForObject("select text from me_comment", String.class);
        assertThat(stored).hasSizeLessThanOrEqualTo(ShareComments.COMMENT_MAX).endsWith("…");
        assertThat(stored.chars().noneMatch(c -> Character.isSurrogate((char) c)))
                .as("no half of an emoji left")
                .isTrue();
    }

    /** Values a payload may carry that are no option's are dropped: nothing else is marked, no word is added to the command. */
    @Test
    void forgedChoicesWriteNothingElse() {
        ask("ann", "me sre senior");
        Choices page = choices(ask("ann", "next"));

        Card card = choose("ann", Choices.command(page.id(), List.of("7", "0 forget confirm", "../x", "-1")));

        assertThat(card.kind()).isEqualTo(Card.Kind.CHECKLIST);
        assertThat(rig.jdbc.queryForObject("select count(*) from me_mark", Integer.class))
                .isZero();
        assertThat(rig.jdbc.queryForObject("select count(*) from me_profile", Integer.class))
                .isEqualTo(1);
    }

    /** {@code me lang} needs no role or level; setting them later keeps the language, and a lookup stays generic until then. */
    @Test
    void aLanguageIsKeptWithoutAProfileAndSurvivesSettingOne() {
        Card chosen = ask("gus", "me lang zh-CN");
        assertThat(chosen.kind()).isEqualTo(Card.Kind.NOTICE);
        assertThat(sections(chosen)).extracting(Section::text).contains("Language: zh-CN");
        assertThat(rig.stores.profile(new UserRef(Platform.SLACK, "T1", "gus")).flatMap(Profile::language))
                .contains("zh-CN");
        assertThat(ask("gus", "canary").kind()).isEqualTo(Card.Kind.OVERVIEW);

        ask("gus", "me sre senior");
        Profile profile =
                rig.stores.profile(new UserRef(Platform.SLACK, "T1", "gus")).orElseThrow();
        assertThat(profile.roleId()).isEqualTo("sre");
        assertThat(profile.language()).contains("zh-CN");

        ask("hal", "me lang");
        assertThat(rig.jdbc.queryForObject("select count(*) from me_profile where user_id = 'hal'", Integer.class))
                .as("clearing a language nobody chose stores nothing")
                .isZero();
    }

    /** The tags platforms and browsers send, and the CLI's {@code --locale zh}, name a supported language too. */
    @ParameterizedTest
    @CsvSource({"zh, zh-CN", "zh-Hans, zh-CN", "zh_cn, zh-CN", "ZH-CN, zh-CN", "en-GB, en", "EN, en"})
    void aLanguageIsSetByAnyTagThatMeansIt(String typed, String stored) {
        assertThat(sections(ask("ivy", "me lang " + typed)))
                .extracting(Section::text)
                .contains("Language: " + stored);
        assertThat(rig.stores.profile(new UserRef(Platform.SLACK, "T1", "ivy")).flatMap(Profile::language))
                .contains(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "xx", "*", "zh-*", "klingon-language", "中文"})
    void aLanguageSkillbotDoesNotSpeakIsRefusedNamingTheOnesItDoes(String typed) {
        Card refused = ask("jon", "me lang " + typed);
        assertThat(refused.kind()).isEqualTo(Card.Kind.ERROR);
        assertThat(sections(refused))
                .extracting(Section::text)
                .contains("Skillbot speaks en, zh-CN; “" + typed + "” is not one of them.");
        assertThat(rig.stores.profile(new UserRef(Platform.SLACK, "T1", "jon"))).isEmpty();
    }

    /** Words after the language set nothing and are named, as words after the person of a share are. */
    @Test
    void wordsAfterTheLanguageSetNothingAndAreNamed() {
        Card refused = ask("kai", "me lang zh-CN please");

        assertThat(refused.kind()).isEqualTo(Card.Kind.ERROR);
        assertThat(sections(refused))
                .extracting(Section::text)
                .anySatisfy(text -> assertThat(text).startsWith("Nothing was changed: “please” was not understood."));
        assertThat(rig.stores.profile(new UserRef(Platform.SLACK, "T1", "kai"))).isEmpty();
    }

    /** "me sre,senior" and "next sre,lead" named "sre,senior" as no role or level; they are read as a lookup reads them. */
    @Test
    void rolesAndLevelsTypedWithPunctuationForASpaceAreReadAsALookupReadsThem() {
        assertThat(sections(ask("ann", "me sre,senior")))
                .extracting(Section::text)
                .contains("Saved: SRE · Senior. Lookups now open on your role at your level.");
        assertThat(ask("ann", "next devops;lead").title()).isEqualTo("Promotion checklist: Senior → Lead, DevOps");
    }

    /**
     * Two replicas on one database: replica A keeps Ann's profile for a few seconds after a lookup; a
     * language she sets on replica B meanwhile survives her next change on replica A, which starts from
     * the stored profile rather than its kept copy.
     */
    @Test
    void aChangeOnOneReplicaKeepsWhatAnotherReplicaJustSaved() {
        try (PersonalRig other = new PersonalRig(rig.database, Clock.systemUTC())) {
            CommandService replicaB = new CommandService(
                    catalog::get, CommandPorts.NONE.withPersonal(new MeCommands(other.stores, new ChecklistIndex())));
            ask("ann", "me sre senior");
            replicaB.answer(invocation("ann", Invocation.Origin.COMMAND), "me lang zh-CN");

            ask("ann", "me lead");

            assertThat(rig.jdbc.queryForMap("select level_id, language from me_profile where user_id = 'ann'"))
                    .containsEntry("LEVEL_ID", "lead")
                    .containsEntry("LANGUAGE", "zh-CN");
            replicaB.answer(invocation("ann", Invocation.Origin.COMMAND), "me devops");
            assertThat(rig.jdbc.queryForMap("select role_id, level_id from me_profile where user_id = 'ann'"))
                    .containsEntry("ROLE_ID", "devops")
                    .containsEntry("LEVEL_ID", "lead");
        }
    }

    @Test
    void marksOnCellsThatAreGoneAreHiddenCountedAndExported() throws IOException {
        ask("ann", "me sre senior");
        choose("ann", flip(choices(ask("ann", "next")), "I do this: Load Testing"));
        Path edited = FixtureCatalog.copyTo(temp.resolve("edited"));
        Files.delete(edited.resolve("operations/load-testing.yml"));
        catalog.set(new CatalogLoader().load(edited).catalog().orElseThrow());

        assertThat(sections(ask("ann", "me")))
                .extracting(Section::text)
                .contains("1 of your marks are on cells no longer in the catalog: hidden here, kept in your export.");
        assertThat(choices(ask("ann", "next")).options())
                .extracting(Choices.Option::label)
                .noneMatch(label -> label.contains("Load Testing"));

        JsonNode export = JsonMapper.builder()
                .build()
                .readTree(sections(ask("ann", "me export")).get(0).text());
        assertThat(export.get("tables").get("me_mark").get(0).get("skill_id").asString())
                .isEqualTo("load-testing");
        assertThat(export.get("tables").get("me_profile").get(0).get("role_id").asString())
                .isEqualTo("sre");
        assertThat(sections(ask("ann", "me export yaml")).get(0).text()).contains("me_mark:", "skill_id: load-testing");
    }

    /**
     * {@code me mark}, {@code me marks} (what the "I do this" choices send), {@code me shared} and {@code me comment}
     * typed by hand without what they need answered "“mark” is no role or level" or "not shared with you": each says
     * how it is done, in the reader's language, and nothing is stored.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en|me mark|Marks are set with the “I do this” choices: on a skill at your level",
                "en|me marks gitops senior|Marks are set with the “I do this” choices",
                "en|me mark canary-releases senior sre|Marks are set with the “I do this” choices",
                "zh-CN|me mark|标记通过“我已做到”选项设置",
                "en|me shared|Open a checklist shared with you: me shared <id>",
                "zh-CN|me shared abc|打开分享给您的清单：我 shared <编号>",
                "en|me comment|Comment on a skill: me comment <id> <skill> <your comment>",
                "en|me comment canary great|Comment on a skill: me comment <id> <skill> <your comment>"
            })
    void personalActionsTypedByHandWithoutWhatTheyNeedSayHowTheyAreDone(String locale, String typed, String says) {
        Card answer = askIn("kay", locale, typed);

        assertThat(answer.kind()).isEqualTo(Card.Kind.ERROR);
        assertThat(answer.fallback()).contains(says).doesNotContain("no role or level", "not shared with you");
        assertThat(rig.stores.profile(new UserRef(Platform.SLACK, "T1", "kay"))).isEmpty();
        assertThat(rig.stores.marks(new UserRef(Platform.SLACK, "T1", "kay"))).isEmpty();
    }

    /**
     * {@code me share <@U123> and jay} shared with U123 without a word of the rest, and {@code me unshare abc} said
     * there was no share abc: words after the person, and an id that is no number (or words after it), are named as
     * not understood, in the reader's language, and nothing is shared or stopped. So are words after {@code me shares}
     * (which listed every share), after {@code me shared <id>} but for a page (it opened the checklist) and after {@code
     * me forget} (which asked to forget everything, {@code me forget gitops} too).
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en|me share <@U123> and jay|Nothing was shared: “and jay” was not understood.",
                "zh-CN|me 分享 <@U123> 谢谢|没有分享任何内容：无法理解“谢谢”。",
                "en|me share frank smith|Nothing was shared: “smith” was not understood.",
                "en|me unshare abc|“abc” is no share number: nothing was stopped. Stop one share with its number",
                "zh-CN|me 取消分享 abc|“abc”不是分享编号：没有取消任何分享。",
                "en|me unshare ID please|“ID please” is no share number: nothing was stopped.",
                "en|me unshare all please|“all please” is no share number: nothing was stopped.",
                "en|me shares with jay|Nothing was listed: “with jay” was not understood.",
                "zh-CN|我 我的分享 全部|没有列出任何内容：无法理解“全部”。",
                "en|me shared ID gitops|Nothing was opened: “gitops” was not understood.",
                "en|me shared ID p1 p2|Nothing was opened: “p1 p2” was not understood.",
                "zh-CN|我 shared ID 谢谢|没有打开任何内容：无法理解“谢谢”。",
                "en|me forget gitops|Nothing was forgotten: “gitops” was not understood.",
                "en|me forget confirm please|Nothing was forgotten: “confirm please” was not understood.",
                "zh-CN|我 忘记 标记|没有删除任何内容：无法理解“标记”。"
            })
    void shareAndForgetWordsThatAreNotUnderstoodDoNothing(String locale, String typed, String says) {
        ask("ann", "me sre senior");
        String id =
                button(ask("ann", "me share"), "Share in channel").id().arg(0).replace("me shared ", "");

        Card refused = askIn("ann", locale, typed.replace("ID", id));

        assertThat(refused.kind()).isEqualTo(Card.Kind.ERROR);
        assertThat(refused.fallback()).contains(says.replace("ID", id));
        assertThat(rig.jdbc.queryForObject("select count(*) from me_share", Integer.class))
                .as("the channel share stays, and no other is made")
                .isEqualTo(1);
        assertThat(sections(refused)).hasSize(1);
        assertThat(rig.stores.profile(new UserRef(Platform.SLACK, "T1", "ann"))).isPresent();
        assertThat(ask("ann", "me shared " + id + " p1").kind()).isNotEqualTo(Card.Kind.ERROR);
    }

    /** A format that is not JSON or YAML exports nothing, in any language: the answer names the two, a button each. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en|me export xml|Your data is exported as JSON or YAML; “xml” is not one of them.",
                "zh-CN|me 导出 csv|您的数据可导出为 JSON 或 YAML；“csv”不在其中。",
                "en|me export json yaml|“json yaml” is not one of them.",
                "en|me export yes|“yes” is not one of them."
            })
    void anExportInAFormatThereIsNotNamesTheFormatsAndExportsNothing(String locale, String typed, String says) {
        ask("ann", "me sre senior");

        Card refused = askIn("ann", locale, typed);

        assertThat(refused.kind()).isEqualTo(Card.Kind.ERROR);
        assertThat(refused.fallback()).contains(says).doesNotContain("sre");
        assertThat(buttons(refused)).extracting(Button::label).containsExactly("JSON", "YAML");
        assertThat(sections(click("ann", button(refused, "YAML"))).get(0).text())
                .contains("role_id: sre");
        assertThat(sections(ask("ann", "me export YML")).get(0).text()).contains("role_id: sre");
        assertThat(sections(ask("ann", "me export JSON")).get(0).text()).contains("\"role_id\" : \"sre\"");
    }

    /**
     * A reload that takes the profile's role out of the catalog: the profile, its marks and the checklist
     * say so, rather than "no profile yet" (the row is still stored) or "whose checklist?".
     */
    @Test
    void aProfileWhoseRoleLeftTheCatalogSaysSoAndKeepsCountingItsMarks() throws IOException {
        ask("ann", "me sre senior");
        choose("ann", flip(choices(ask("ann", "next")), "I do this: Load Testing"));
        renameSreRole();

        Card profile = ask("ann", "me");
        assertThat(sections(profile))
                .extracting(Section::text)
                .contains(
                        "Your profile says sre · Senior, which the catalog no longer has: set your role and level"
                                + " again, such as: me sre senior.",
                        "1 of your marks are on cells no longer in the catalog: hidden here, kept in your export.")
                .noneMatch(text -> text.startsWith("You have no profile yet"));
        assertThat(ask("ann", "next").fallback())
                .startsWith("Your profile says sre · Senior, which the catalog no longer has");
        assertThat(ask("ann", "next lead").fallback())
                .startsWith("Your profile says sre · Senior, which the catalog no longer has");

        Card again = ask("ann", "me srx senior");
        assertThat(sections(again))
                .extracting(Section::text)
                .contains("Saved: SRE · Senior. Lookups now open on your role at your level.");
        assertThat(ask("ann", "next").kind()).isEqualTo(Card.Kind.CHECKLIST);
    }

    @Test
    void theChecklistWorksWithoutAProfileForAnyRoleAndTarget() {
        Card card = ask("dan", "晋升 sre 中级");
        assertThat(card.kind()).isEqualTo(Card.Kind.CHECKLIST);
        assertThat(sections(card).get(0).text())
                .isEqualTo("Junior → Middle, SRE: 3 skills, 2 expect more, 1 newly required, 3 expectations");
        assertThat(diff(card, "Load Testing").heading()).contains("Newly required");

        assertThat(ask("dan", "next").fallback()).startsWith("Whose checklist?");
        assertThat(ask("dan", "next sre junior").fallback())
                .as("the lowest level has no level below it to start from")
                .isEqualTo("Junior is the lowest level: pick a higher target level.");
        assertThat(ask("dan", "晋升 sre 初级").fallback())
                .isEqualTo("Junior is the lowest level: pick a higher target level.");
    }

    @Test
    void forgettingAsksFirstThenLeavesNothing() {
        ask("ann", "me sre senior");
        choose("ann", flip(choices(ask("ann", "next")), "I do this: Canary Releases"));

        Card confirm = ask("ann", "me forget");
        assertThat(rig.jdbc.queryForObject("select count(*) from me_profile", Integer.class))
                .isEqualTo(1);
        Card forgotten = click("ann", button(confirm, "Yes, forget me"));

        assertThat(forgotten.fallback()).isEqualTo("Done: nothing about you is stored any more.");
        assertThat(rig.jdbc.queryForObject("select count(*) from me_profile", Integer.class))
                .isZero();
        assertThat(rig.jdbc.queryForObject("select count(*) from me_mark", Integer.class))
                .isZero();
        assertThat(ask("ann", "canary").kind()).isEqualTo(Card.Kind.OVERVIEW);
    }

    @Test
    void aDatabaseOutageTurnsOffOnlyThePersonalParts() {
        rig.database.goDown();

        Card lookup = ask("eve", "canary senior");
        assertThat(lookup.kind()).isEqualTo(Card.Kind.LEVEL);
        assertThat(lookup.context()).contains("Your profile is unavailable right now: this is the generic card.");
        assertThat(ask("eve", "me").fallback()).startsWith("Your profile and marks are unavailable right now");
        Card checklist = ask("eve", "next sre lead");
        assertThat(checklist.kind()).isEqualTo(Card.Kind.CHECKLIST);
        assertThat(sections(checklist))
                .extracting(Section::text)
                .contains("Your marks are unavailable here right now: the checklist is shown without them.");
    }

    /** The catalog reloaded with the role {@code sre} renamed {@code srx} in every file (its names unchanged). */
    private void renameSreRole() throws IOException {
        Path edited = FixtureCatalog.copyTo(temp.resolve("renamed"));
        try (java.util.stream.Stream<Path> files = Files.walk(edited)) {
            for (Path file :
                    files.filter(path -> path.toString().endsWith(".yml")).toList()) {
                Files.writeString(
                        file,
                        Files.readString(file)
                                .replaceAll("\\bsre(?=[:,\\]])", "srx")
                                .replace("id: sre", "id: srx"));
            }
        }
        catalog.set(new CatalogLoader().load(edited).catalog().orElseThrow());
        assertThat(catalog.get().role("sre")).isEmpty();
    }

    /** The catalog reloaded with the text of Canary Releases' SRE Lead cell edited. */
    private void editCanaryLeadText() throws IOException {
        Path edited = FixtureCatalog.copyTo(temp.resolve("edited"));
        Path canary = edited.resolve("build-deploy/canary-releases.yml");
        Files.writeString(
                canary,
                Files.readString(canary)
                        .replace(
                                "turns what they teach into better default gates",
                                "turns what they teach into default gates for every team"));
        catalog.set(new CatalogLoader().load(edited).catalog().orElseThrow());
    }

    private Diff diff(Card card, String skill) {
        return card.blocks().stream()
                .filter(Diff.class::isInstance)
                .map(Diff.class::cast)
                .filter(diff -> diff.heading().contains("› " + skill + " —"))
                .findFirst()
                .orElseThrow();
    }

    private Card askIn(String user, String locale, String text) {
        return service.answer(
                new Invocation(Platform.SLACK, "T1", "C1", user, locale, Invocation.Origin.COMMAND), text);
    }

    private Card ask(String user, String text) {
        return service.answer(invocation(user, Invocation.Origin.COMMAND), text);
    }

    /** What a change of a card's choices runs: the command the platform sends with the chosen set. */
    private Card choose(String user, String command) {
        return service.answer(invocation(user, Invocation.Origin.SELECT), command);
    }

    private Card click(String user, Button button) {
        return service.answer(
                invocation(user, Invocation.Origin.BUTTON), button.id().arg(0));
    }

    private static Invocation invocation(String user, Invocation.Origin origin) {
        return new Invocation(Platform.SLACK, "T1", "C1", user, "en", origin);
    }
}
