package dev.skillbot.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.card.ActionId;
import dev.skillbot.card.Button;
import dev.skillbot.card.Card;
import dev.skillbot.card.Diff;
import dev.skillbot.card.ModalForm;
import dev.skillbot.card.Section;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.command.CommandService;
import dev.skillbot.command.Invocation;
import dev.skillbot.command.Platform;
import dev.skillbot.command.SuggestionFormBuilder;
import dev.skillbot.command.SuggestionsView;
import dev.skillbot.i18n.MessageKey;
import dev.skillbot.i18n.Messages;
import dev.skillbot.testing.BundledCatalog;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What users see of suggestions: the form, the review post, the list and the count on cards. */
class SuggestionCardsTest {

    private final Catalog catalog = BundledCatalog.get();
    private final Invocation user = Invocation.cli("en");

    @Test
    void suggestCommandOpensTheFormPresetFromTheCell() {
        CommandService service = new CommandService(() -> catalog);
        ModalForm form = service.suggestionForm(user, "suggest gitopps senior sre").orElseThrow();

        assertThat(form.callback().encode()).isEqualTo("sb1:suggested:gitops-practices");
        assertThat(form.title()).isEqualTo("Suggest an edit");
        assertThat(form.inputs()).extracting(ModalForm.Input::id).containsExactly("role", "level", "text", "required", "rationale");
        assertThat(((ModalForm.ChoiceInput) form.inputs().get(0)).selected()).isEqualTo("sre");
        assertThat(((ModalForm.ChoiceInput) form.inputs().get(1)).selected()).isEqualTo("senior");
        assertThat(((ModalForm.TextInput) form.inputs().get(2)).value()).startsWith("Designs GitOps for reliability:");
        assertThat(((ModalForm.ChoiceInput) form.inputs().get(3)).selected()).isEqualTo("true");
        assertThat(service.suggestionForm(user, "gitops senior")).isEmpty();
        assertThat(service.suggestionForm(user, "suggest nothing-like-this")).isEmpty();
    }

    @Test
    void theSuggestButtonOfALevelCardOpensTheSameForm() {
        CommandService service = new CommandService(() -> catalog);
        Card card = service.answer(user, "gitops principal infra");
        ActionId suggest = card.controls().stream().filter(Button.class::isInstance).map(Button.class::cast)
                .map(Button::id).filter(id -> id.action() == ActionId.Action.SUGGEST).findFirst().orElseThrow();
        ModalForm form = service.suggestionForm(user, suggest.arg(0), suggest.arg(1), suggest.arg(2)).orElseThrow();
        assertThat(((ModalForm.ChoiceInput) form.inputs().get(0)).selected()).isEqualTo("infra");
        assertThat(((ModalForm.ChoiceInput) form.inputs().get(3)).selected()).isEqualTo("false");
    }

    @Test
    void submittedValuesBecomeADraft() {
        SubmittedForm.Read read = SubmittedForm.read("gitops-practices", Map.of(SuggestionFormBuilder.ROLE, "sre",
                SuggestionFormBuilder.LEVEL, "lead", SuggestionFormBuilder.TEXT, "  New\r\ntext  ", SuggestionFormBuilder.REQUIRED, "false"));
        assertThat(read.draft()).contains(new ProposalDraft("gitops-practices", "lead", "sre", "New\ntext", false, ""));
        assertThat(read.refusal()).isEmpty();
    }

    @Test
    void aRequiredFlagThatIsNeitherTrueNorFalseIsRefusedNotTakenAsFalse() {
        SubmittedForm.Read read = SubmittedForm.read("gitops-practices", Map.of(SuggestionFormBuilder.ROLE, "sre",
                SuggestionFormBuilder.LEVEL, "lead", SuggestionFormBuilder.TEXT, "New text", SuggestionFormBuilder.REQUIRED, "maybe"));
        assertThat(read.draft()).isEmpty();
        assertThat(read.refusal()).get().extracting(Submission.Refused::field, Submission.Refused::reason)
                .containsExactly(SuggestionFormBuilder.REQUIRED, MessageKey.SUGGEST_INVALID_CHOICE);
    }

    @Test
    void reviewPostShowsTheWordDiffAndTheButtonsWhileOpen() {
        ProposalCards cards = new ProposalCards(catalog, Messages.forLocale("en"), new ReviewPolicy(Map.of(), false));
        Proposal open = proposal(ProposalStatus.OPEN, null, null);

        Card review = cards.review(open);

        assertThat(review.title()).isEqualTo("Suggested edit #7: GitOps Practices · Senior · Site Reliability Engineer (SRE)");
        Diff diff = (Diff) review.blocks().get(0);
        assertThat(diff.before()).isEqualTo(open.oldText());
        assertThat(diff.after()).isEqualTo(open.newText());
        assertThat(diff.segments()).contains(new Diff.Segment(Diff.Change.REMOVED, "reliability"),
                new Diff.Segment(Diff.Change.ADDED, "resilience"));
        assertThat(review.controls()).extracting(control -> ((Button) control).id().encode())
                .containsExactly("sb1:approve:7", "sb1:reject:7");
        assertThat(review.context()).containsExactly("suggested by Alice · against revision abc123 · 2026-11-26",
                "A reviewer other than Alice decides.");

        Card rejected = cards.review(proposal(ProposalStatus.REJECTED, "Rita", "too vague"));
        assertThat(rejected.controls()).isEmpty();
        assertThat(rejected.blocks()).last().extracting(block -> ((Section) block).text()).isEqualTo("Rejected by Rita: too vague");
        assertThat(cards.authorNotice(proposal(ProposalStatus.APPROVED, "Rita", "")))
                .isEqualTo("Your suggestion #7 for GitOps Practices · Senior · Site Reliability Engineer (SRE) was approved by Rita and is now in the catalog.");
    }

    @Test
    void cardsShowOpenSuggestionsAndTheListLinksToReviews() {
        SuggestionsView view = new SuggestionsView() {
            @Override
            public long openCount(String skillId) {
                return skillId.equals("gitops-practices") ? 2 : 0;
            }

            @Override
            public List<OpenSuggestion> open(String skillId, int limit) {
                return List.of(new OpenSuggestion(7, "gitops-practices", "senior", "sre", "Alice", Instant.parse("2026-11-26T10:00:00Z"),
                        "https://example.slack.com/archives/C1/p1"));
            }
        };
        CommandService service = new CommandService(() -> catalog, view);
        assertThat(service.answer(user, "gitops senior").context()).contains("2 open suggestions");
        assertThat(service.answer(user, "k8s senior").context()).noneMatch(item -> item.contains("open suggestion"));

        Card list = service.answer(user, "proposals gitops");
        assertThat(list.title()).isEqualTo("Open suggestions for GitOps Practices");
        Section item = (Section) list.blocks().get(0);
        assertThat(item.heading()).isEqualTo("#7 · GitOps Practices · Senior · Site Reliability Engineer (SRE) · by Alice, 2026-11-26");
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
        CommandService service = new CommandService(() -> catalog, broken);
        assertThat(service.answer(user, "gitops senior").kind()).isEqualTo(Card.Kind.LEVEL);
        Card list = service.answer(user, "proposals");
        assertThat(list.kind()).isEqualTo(Card.Kind.ERROR);
        assertThat(((Section) list.blocks().get(0)).text()).startsWith("Suggestions are unavailable right now (database); lookups still work");
    }

    private static Proposal proposal(ProposalStatus status, String decidedBy, String note) {
        Instant created = Instant.parse("2026-11-26T10:00:00Z");
        return new Proposal(7, "gitops-practices", "senior", "sre", "Designs GitOps for reliability: rollbacks.",
                "Designs GitOps for resilience: rollbacks.", true, true, "", new Author(Platform.SLACK, "T1", "U1", "Alice"),
                "abc123", status, created, created, decidedBy, decidedBy == null ? null : created, note, null);
    }
}
