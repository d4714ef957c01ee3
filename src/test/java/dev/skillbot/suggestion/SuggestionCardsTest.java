package dev.skillbot.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.skillbot.card.ActionId;
import dev.skillbot.card.Button;
import dev.skillbot.card.Card;
import dev.skillbot.card.Diff;
import dev.skillbot.card.ModalForm;
import dev.skillbot.card.Section;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.chat.Invocation;
import dev.skillbot.chat.Platform;
import dev.skillbot.command.CommandPorts;
import dev.skillbot.command.CommandService;
import dev.skillbot.command.SuggestionFormBuilder;
import dev.skillbot.command.SuggestionsView;
import dev.skillbot.i18n.MessageKey;
import dev.skillbot.i18n.Messages;
import dev.skillbot.testing.FixtureCatalog;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What users see of suggestions: the form, the review post, the list and the count on cards. */
class SuggestionCardsTest {

    private final Catalog catalog = FixtureCatalog.load();
    private final Invocation user = Invocation.cli("en");

    @Test
    void suggestCommandOpensTheFormPresetFromTheCell() {
        CommandService service = new CommandService(() -> catalog);
        ModalForm form =
                service.suggestionForm(user, "suggest canray senior sre").orElseThrow();

        assertThat(form.callback().encode()).isEqualTo("sb1:suggested:canary-releases:en");
        assertThat(form.title()).isEqualTo("Suggest an edit");
        assertThat(form.inputs())
                .extracting(ModalForm.Input::id)
                .containsExactly("role", "level", "text", "required", "rationale");
        assertThat(choice(form, SuggestionFormBuilder.ROLE).selected()).isEqualTo("sre");
        assertThat(choice(form, SuggestionFormBuilder.LEVEL).selected()).isEqualTo("senior");
        assertThat(text(form, SuggestionFormBuilder.TEXT).value())
                .isEqualTo(catalog.skill(FixtureCatalog.CANARY_RELEASES)
                        .orElseThrow()
                        .expectation(catalog.level("senior").orElseThrow(), "sre")
                        .orElseThrow()
                        .text());
        assertThat(choice(form, SuggestionFormBuilder.REQUIRED).selected()).isEqualTo("true");
        assertThat(service.suggestionForm(user, "canary senior")).isEmpty();
        assertThat(service.suggestionForm(user, "suggest nothing-like-this")).isEmpty();
    }

    @Test
    void onTheChineseViewTheFormEditsTheChineseTextAndSaysSo() {
        Catalog bilingual = FixtureCatalog.bilingual("r");
        CommandService service = new CommandService(() -> bilingual);
        ModalForm form = service.suggestionForm(Invocation.cli("zh-CN"), "suggest gitops 高级 sre")
                .orElseThrow();
        assertThat(form.callback())
                .isEqualTo(ActionId.of(ActionId.Action.SUBMIT_SUGGESTION, FixtureCatalog.GITOPS, "zh-CN"));
        assertThat(text(form, SuggestionFormBuilder.TEXT).label()).isEqualTo("期望描述（中文 (中国)）");
        assertThat(text(form, SuggestionFormBuilder.TEXT).value()).isEqualTo("高级 sre 使用 Argo CD 从 Git 调和集群状态。");
        // No Chinese yet: the English is there to translate.
        ModalForm untranslated = service.suggestionForm(Invocation.cli("zh-CN"), "suggest gitops 首席 sre")
                .orElseThrow();
        assertThat(text(untranslated, SuggestionFormBuilder.TEXT).value())
                .isEqualTo("Principal sre reconciles clusters from Git with Argo CD.");
        ModalForm english = service.suggestionForm(Invocation.cli("en"), "suggest gitops senior sre")
                .orElseThrow();
        assertThat(text(english, SuggestionFormBuilder.TEXT).label()).isEqualTo("Expectation, in English");
        assertThat(SubmittedForm.read(
                                FixtureCatalog.GITOPS, "zh-CN", Map.of("level", "senior", "role", "sre", "text", "新的"))
                        .draft()
                        .orElseThrow()
                        .locale())
                .isEqualTo("zh-CN");
    }

    @Test
    void theReviewPostOfATranslationShowsBothLanguagesSideBySide() {
        Catalog bilingual = FixtureCatalog.bilingual("r");
        ProposalCards cards = new ProposalCards(bilingual, Messages.forLocale("en"), new ReviewPolicy(Map.of(), false));
        Proposal chinese = new Proposal(
                7,
                FixtureCatalog.GITOPS,
                "senior",
                "sre",
                "高级 sre 使用 Argo CD 从 Git 调和集群状态。",
                "高级 sre 用 Flux 调和。",
                true,
                true,
                "",
                new Author(Platform.SLACK, "T", "U", "Li"),
                "r",
                ProposalStatus.OPEN,
                Instant.EPOCH,
                Instant.EPOCH,
                Proposal.Verdict.NONE,
                null,
                "zh-CN");
        Card review = cards.review(chinese);
        assertThat(review.blocks())
                .filteredOn(Section.class::isInstance)
                .map(Section.class::cast)
                .filteredOn(section -> !section.fields().isEmpty())
                .singleElement()
                .satisfies(section -> {
                    assertThat(section.text()).isEqualTo("Side by side: English today and Chinese (China) as proposed");
                    assertThat(section.fields())
                            .containsExactly(
                                    new Section.Field(
                                            "English", null, "Senior sre reconciles clusters from Git with Argo CD."),
                                    new Section.Field("Chinese (China)", null, "高级 sre 用 Flux 调和。"));
                });
        Proposal english = new Proposal(
                8,
                FixtureCatalog.GITOPS,
                "senior",
                "sre",
                "a",
                "b",
                true,
                true,
                "",
                chinese.author(),
                "r",
                ProposalStatus.OPEN,
                Instant.EPOCH,
                Instant.EPOCH,
                Proposal.Verdict.NONE,
                null,
                null);
        assertThat(cards.review(english).blocks())
                .noneMatch(block ->
                        block instanceof Section section && !section.fields().isEmpty());
    }

    @Test
    void theSuggestButtonOfALevelCardOpensTheSameForm() {
        CommandService service = new CommandService(() -> catalog);
        Card card = service.answer(user, "canary principal infra");
        ActionId suggest = card.controls().stream()
                .filter(Button.class::isInstance)
                .map(Button.class::cast)
                .map(Button::id)
                .filter(id -> id.action() == ActionId.Action.SUGGEST)
                .findFirst()
                .orElseThrow();
        ModalForm form = service.suggestionForm(user, suggest.arg(0), suggest.arg(1), suggest.arg(2))
                .orElseThrow();
        assertThat(choice(form, SuggestionFormBuilder.ROLE).selected()).isEqualTo("infra");
        assertThat(choice(form, SuggestionFormBuilder.REQUIRED).selected()).isEqualTo("false");
    }

    @Test
    void submittedValuesBecomeADraft() {
        SubmittedForm.Read read = SubmittedForm.read(
                "canary-releases",
                Map.of(
                        SuggestionFormBuilder.ROLE,
                        "sre",
                        SuggestionFormBuilder.LEVEL,
                        "lead",
                        SuggestionFormBuilder.TEXT,
                        "  New\r\ntext  ",
                        SuggestionFormBuilder.REQUIRED,
                        "false"));
        assertThat(read.draft()).contains(new ProposalDraft("canary-releases", "lead", "sre", "New\ntext", false, ""));
        assertThat(read.refusal()).isEmpty();
    }

    @Test
    void aRequiredFlagThatIsNeitherTrueNorFalseIsRefusedNotTakenAsFalse() {
        SubmittedForm.Read read = SubmittedForm.read(
                "canary-releases",
                Map.of(
                        SuggestionFormBuilder.ROLE,
                        "sre",
                        SuggestionFormBuilder.LEVEL,
                        "lead",
                        SuggestionFormBuilder.TEXT,
                        "New text",
                        SuggestionFormBuilder.REQUIRED,
                        "maybe"));
        assertThat(read.draft()).isEmpty();
        assertThat(read.refusal())
                .get()
                .extracting(Submission.Refused::field, Submission.Refused::reason)
                .containsExactly(SuggestionFormBuilder.REQUIRED, MessageKey.SUGGEST_INVALID_CHOICE);
    }

    @Test
    void reviewPostShowsTheWordDiffAndTheButtonsWhileOpen() {
        ProposalCards cards = new ProposalCards(catalog, Messages.forLocale("en"), new ReviewPolicy(Map.of(), false));
        Proposal open = proposal(ProposalStatus.OPEN, null, null);

        Card review = cards.review(open);

        assertThat(review.title())
                .isEqualTo("Suggested edit #7: Canary Releases · Senior · Site Reliability Engineer (SRE)");
        Diff diff = review.blocks().stream()
                .filter(Diff.class::isInstance)
                .map(Diff.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(diff.before()).isEqualTo(open.oldText());
        assertThat(diff.after()).isEqualTo(open.newText());
        assertThat(diff.segments())
                .contains(
                        new Diff.Segment(Diff.Change.REMOVED, "reliability"),
                        new Diff.Segment(Diff.Change.ADDED, "resilience"));
        assertThat(review.controls())
                .extracting(control -> ((Button) control).id().encode())
                .containsExactly("sb1:approve:7", "sb1:reject:7");
        assertThat(review.context())
                .containsExactly(
                        "suggested by Alice · against revision abc123 · 2026-11-26",
                        "A reviewer other than Alice decides.");

        Card rejected = cards.review(proposal(ProposalStatus.REJECTED, "Rita", "too vague"));
        assertThat(rejected.controls()).isEmpty();
        assertThat(rejected.blocks())
                .last()
                .extracting(block -> ((Section) block).text())
                .isEqualTo("Rejected by Rita: too vague");
        assertThat(cards.authorNotice(proposal(ProposalStatus.APPROVED, "Rita", "")))
                .isEqualTo(
                        "Your suggestion #7 for Canary Releases · Senior · Site Reliability Engineer (SRE) was approved by Rita and is now in the catalog.");
    }

    @Test
    void anApprovalThatNeedsAttentionSaysWhyAndOffersTryAgainAndClose() {
        ProposalCards cards = new ProposalCards(catalog, Messages.forLocale("en"), new ReviewPolicy(Map.of(), false));
        String problem = "the cell senior/sre no longer holds the text the suggestion was made against";
        Proposal stuck = proposal(ProposalStatus.NEEDS_ATTENTION, "Rita", problem);

        Card review = cards.review(stuck);

        assertThat(review.controls())
                .extracting(
                        control -> ((Button) control).label(),
                        control -> ((Button) control).id().encode())
                .containsExactly(tuple("Try again", "sb1:approve:7"), tuple("Close", "sb1:reject:7"));
        assertThat(review.blocks())
                .last()
                .extracting(block -> ((Section) block).text())
                .asString()
                .startsWith("Approved by Rita, but not written to the catalog: " + problem + ".");
        assertThat(cards.authorNotice(stuck))
                .contains("was approved by Rita, but could not be written to the catalog: " + problem + ".")
                .contains("A reviewer can try again or close it");
    }

    /**
     * An approval not written because the cell changed since cannot be written by trying again: reviewers and the
     * author are told to suggest again against the current text, with the button that opens the form on that cell.
     */
    @Test
    void aCellChangedSinceTheSuggestionTellsBothSidesToSuggestAgainWithTheFormsButton() {
        Proposal changed = proposal(
                7,
                ProposalStatus.NEEDS_ATTENTION,
                new Proposal.Verdict("Rita", CREATED, "the cell senior/sre changed", WriteCause.CELL_CHANGED));
        ProposalCards english = new ProposalCards(catalog, Messages.forLocale("en"), new ReviewPolicy(Map.of(), false));
        ProposalCards chinese =
                new ProposalCards(catalog, Messages.forLocale("zh-CN"), new ReviewPolicy(Map.of(), false));

        Card review = english.review(changed);
        assertThat(review.controls())
                .extracting(
                        control -> ((Button) control).label(),
                        control -> ((Button) control).id().encode())
                .containsExactly(
                        tuple("Try again", "sb1:approve:7"),
                        tuple("Close", "sb1:reject:7"),
                        tuple("Suggest edit", "sb1:suggest:canary-releases:senior:sre"));
        assertThat(outcomeLine(review))
                .contains("suggest again against the current text")
                .doesNotContain("try again once that is fixed");

        Card author = english.authorCard(changed);
        assertThat(author.title()).isEqualTo("Suggestion #7 not written");
        assertThat(author.fallback())
                .contains("was approved by Rita, but could not be written to the catalog: the cell was changed")
                .contains("suggest it again against the cell's current text: Suggest edit opens the form with it.")
                .doesNotContain("A reviewer can try again");
        assertThat(author.controls())
                .extracting(control -> ((Button) control).id().encode())
                .containsExactly("sb1:suggest:canary-releases:senior:sre");
        Card chineseAuthor = chinese.authorCard(changed);
        assertThat(chineseAuthor.fallback()).contains("请基于单元格的当前文本重新提出建议");
        assertThat(chineseAuthor.controls())
                .extracting(control -> ((Button) control).label())
                .containsExactly("建议修改");
        assertThat(outcomeLine(chinese.review(changed))).contains("重试无法写入");

        Proposal busy =
                proposal(8, ProposalStatus.NEEDS_ATTENTION, new Proposal.Verdict("Rita", CREATED, "", WriteCause.BUSY));
        assertThat(english.review(busy).controls()).hasSize(2);
        assertThat(english.authorCard(busy).controls()).isEmpty();
    }

    /** The writer's words named the cell by ids, in English, for every reader; the cause is said in theirs. */
    @Test
    void whyAnApprovalWasNotWrittenIsSaidInTheReadersLanguageWithTheWritersWordsForReviewers() {
        String problem = "the cell senior/sre no longer holds the text the suggestion was made against";
        Proposal changed = proposal(
                7,
                ProposalStatus.NEEDS_ATTENTION,
                new Proposal.Verdict("Rita", CREATED, problem, WriteCause.CELL_CHANGED));
        ProposalCards english = new ProposalCards(catalog, Messages.forLocale("en"), new ReviewPolicy(Map.of(), false));
        ProposalCards chinese =
                new ProposalCards(catalog, Messages.forLocale("zh-CN"), new ReviewPolicy(Map.of(), false));

        assertThat(outcomeLine(english.review(changed)))
                .startsWith(
                        "Approved by Rita, but not written to the catalog: the cell was changed in the catalog after"
                                + " the suggestion was made, and its newer text is not overwritten.")
                .doesNotContain("senior/sre");
        assertThat(chinese.authorNotice(changed))
                .contains("在目录中已被修改，较新的文本不会被覆盖")
                .doesNotContain("no longer holds", "senior/sre");

        Proposal refused = proposal(
                8,
                ProposalStatus.NEEDS_ATTENTION,
                new Proposal.Verdict(
                        "Rita", CREATED, "the edit could not be published: push rejected", WriteCause.REMOTE));
        assertThat(outcomeLine(english.review(refused)))
                .contains("could not be reached, or refused the edit (the edit could not be published: push rejected)");
        assertThat(english.authorNotice(refused))
                .contains("could not be reached, or refused the edit.")
                .doesNotContain("push rejected");
    }

    private static String outcomeLine(Card review) {
        return ((Section) review.blocks().get(review.blocks().size() - 1)).text();
    }

    @Test
    void cardsShowOpenSuggestionsAndTheListLinksToReviews() {
        SuggestionsView view = new SuggestionsView() {
            @Override
            public long openCount(String skillId) {
                return skillId.equals("canary-releases") ? 2 : 0;
            }

            @Override
            public List<OpenSuggestion> open(String skillId, int limit) {
                return List.of(new OpenSuggestion(
                        1007,
                        "canary-releases",
                        "senior",
                        "sre",
                        "Alice",
                        Instant.parse("2026-11-26T10:00:00Z"),
                        "https://example.slack.com/archives/C1/p1"));
            }
        };
        CommandService service = new CommandService(() -> catalog, CommandPorts.NONE.withSuggestions(view));
        assertThat(service.answer(user, "canary senior").context()).contains("2 open suggestions");
        assertThat(service.answer(user, "trains senior").context()).noneMatch(item -> item.contains("open suggestion"));

        Card list = service.answer(user, "proposals canary");
        assertThat(list.title()).isEqualTo("Open suggestions for Canary Releases");
        Section item = (Section) list.blocks().get(0);
        assertThat(item.heading())
                .as("a number past 999 as typed, not #1,007")
                .isEqualTo("#1007 · Canary Releases · Senior · Site Reliability Engineer (SRE) · by Alice, 2026-11-26");
        assertThat(item.text()).isEqualTo("Review message: https://example.slack.com/archives/C1/p1");
    }

    @Test
    void aFailingCountNeverBreaksACard() {
        SuggestionsView broken = new SuggestionsView() {
            @Override
            public long openCount(String skillId) {
                throw new StoreUnavailableException("down", null);
            }

            @Override
            public List<OpenSuggestion> open(String skillId, int limit) {
                throw new StoreUnavailableException("down", null);
            }
        };
        CommandService service = new CommandService(() -> catalog, CommandPorts.NONE.withSuggestions(broken));
        assertThat(service.answer(user, "canary senior").kind()).isEqualTo(Card.Kind.LEVEL);
        Card list = service.answer(user, "proposals");
        assertThat(list.kind()).isEqualTo(Card.Kind.ERROR);
        assertThat(((Section) list.blocks().get(0)).text())
                .startsWith("Suggestions are unavailable right now (database); lookups still work");
    }

    private static ModalForm.ChoiceInput choice(ModalForm form, String id) {
        return (ModalForm.ChoiceInput) input(form, id);
    }

    private static ModalForm.TextInput text(ModalForm form, String id) {
        return (ModalForm.TextInput) input(form, id);
    }

    private static ModalForm.Input input(ModalForm form, String id) {
        return form.inputs().stream()
                .filter(input -> input.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no input " + id));
    }

    /** Suggestion numbers past 999 read as typed and as their buttons carry them: #12345, never #12,345. */
    @Test
    void aSuggestionNumberIsWrittenWithoutGrouping() {
        ProposalCards cards = new ProposalCards(catalog, Messages.forLocale("en"), new ReviewPolicy(Map.of(), false));
        Proposal big = proposal(12345, ProposalStatus.APPROVED, "Rita", "");

        assertThat(cards.review(big).title()).startsWith("Suggested edit #12345: ");
        assertThat(cards.authorNotice(big)).startsWith("Your suggestion #12345 for ");
        assertThat(cards.savedNotice(big)).startsWith("Thanks! Suggestion #12345 for ");
        assertThat(cards.rejectionForm(12345).title()).isEqualTo("Reject suggestion #12345");
        assertThat(cards.refusal(new Decision.NotFound(12345))).isEqualTo("There is no suggestion #12345.");
        assertThat(cards.refusal(new Decision.AlreadyDecided(big))).startsWith("Suggestion #12345 was already decided");
    }

    private static Proposal proposal(ProposalStatus status, String decidedBy, String note) {
        return proposal(7, status, decidedBy, note);
    }

    private static Proposal proposal(long id, ProposalStatus status, String decidedBy, String note) {
        return proposal(id, status, new Proposal.Verdict(decidedBy, decidedBy == null ? null : CREATED, note));
    }

    private static Proposal proposal(long id, ProposalStatus status, Proposal.Verdict verdict) {
        Instant created = CREATED;
        return new Proposal(
                id,
                "canary-releases",
                "senior",
                "sre",
                "Ties canary gates to SLOs for reliability: rollbacks.",
                "Ties canary gates to SLOs for resilience: rollbacks.",
                true,
                true,
                "",
                new Author(Platform.SLACK, "T1", "U1", "Alice"),
                "abc123",
                status,
                created,
                created,
                verdict,
                null,
                null);
    }

    private static final Instant CREATED = Instant.parse("2026-11-26T10:00:00Z");
}
