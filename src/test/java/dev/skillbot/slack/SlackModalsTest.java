package dev.skillbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import com.slack.api.util.json.GsonFactory;
import dev.skillbot.card.ActionId;
import dev.skillbot.card.ModalForm;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.CatalogLoader;
import dev.skillbot.catalog.Level;
import dev.skillbot.catalog.Role;
import dev.skillbot.catalog.Skill;
import dev.skillbot.chat.Invocation;
import dev.skillbot.chat.Platform;
import dev.skillbot.command.CommandService;
import dev.skillbot.i18n.Messages;
import dev.skillbot.suggestion.ProposalCards;
import dev.skillbot.suggestion.ReviewPolicy;
import dev.skillbot.testing.BundledCatalog;
import dev.skillbot.testing.SyntheticCatalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Every form Skillbot opens, for every cell of the bundled and the extreme catalog, in every language, fits Slack's modal limits. */
class SlackModalsTest {

    private static final Gson GSON = GsonFactory.createSnakeCase();

    @Test
    void everySuggestionAndRejectionFormOfTheBundledCatalogFits() {
        assertEveryFormFits(BundledCatalog.get());
    }

    @Test
    void everySuggestionFormOfTheExtremeCatalogFitsWithTheTextCutToWhatTheInputTakes(@TempDir Path dir) {
        Catalog catalog = load(SyntheticCatalog.write(dir, SyntheticCatalog.Spec.extreme()));
        assertEveryFormFits(catalog);

        Skill skill = catalog.skills().get(0);
        ModalForm form = new CommandService(() -> catalog)
                .suggestionForm(invocation("en"), skill.id(), "", "")
                .orElseThrow();
        JsonNode text = input(json(SlackModals.view(form, "")), "text").path("element");
        assertThat(text.path("max_length").asInt()).isEqualTo(3000);
        assertThat(text.path("initial_value").asString()).hasSize(3000);
    }

    @Test
    void submittedValuesComeBackByInputId() {
        ViewState state = GSON.fromJson("""
                {"values":{"role":{"role":{"type":"static_select","selected_option":{"text":{"type":"plain_text","text":"SRE"},"value":"sre"}}},
                 "text":{"text":{"type":"plain_text_input","value":"Owns <it> & more"}},
                 "rationale":{"rationale":{"type":"plain_text_input","value":null}},
                 "stray":{"other":{"type":"plain_text_input","value":"x"}}}}""", ViewState.class);

        assertThat(SlackModals.values(state)).isEqualTo(Map.of("role", "sre", "text", "Owns <it> & more"));
    }

    @Test
    void prefilledTextIsRawTextAndLabelsAreEscaped() {
        ModalForm form = new ModalForm(
                ActionId.of(ActionId.Action.SUBMIT_SUGGESTION, "x"),
                "A very long title for a Slack modal view",
                "Send <now>",
                List.of(new ModalForm.TextInput(
                        "text", "Text <!channel>", "keeps <b> & \"quotes\"", true, 50, true, "")));

        JsonNode view = json(SlackModals.view(form, "C1 123.456"));

        assertThat(view.path("title").path("text").asString()).hasSize(24).endsWith("…");
        assertThat(view.path("submit").path("text").asString()).isEqualTo("Send &lt;now&gt;");
        assertThat(input(view, "text").path("label").path("text").asString()).isEqualTo("Text &lt;!channel&gt;");
        assertThat(input(view, "text").path("element").path("initial_value").asString())
                .isEqualTo("keeps <b> & \"quotes\"");
        assertThat(view.path("private_metadata").asString()).isEqualTo("C1 123.456");
        assertThat(ModalLimits.violations(view)).isEmpty();
    }

    private static void assertEveryFormFits(Catalog catalog) {
        CommandService commands = new CommandService(() -> catalog);
        List<String> violations = new ArrayList<>();
        int forms = 0;
        for (String locale : Messages.SUPPORTED) {
            for (Skill skill : catalog.skills()) {
                for (Level level : catalog.levels()) {
                    for (Role role : catalog.rolesOf(skill)) {
                        ModalForm form = commands.suggestionForm(invocation(locale), skill.id(), level.id(), role.id())
                                .orElseThrow();
                        forms++;
                        ModalLimits.violations(json(SlackModals.view(form, "")))
                                .forEach(v -> violations.add(skill.id() + " " + v));
                    }
                }
            }
            ModalForm rejection = new ProposalCards(
                            catalog, Messages.forLocale(locale), new ReviewPolicy(Map.of(), false))
                    .rejectionForm(Long.MAX_VALUE);
            ModalLimits.violations(json(SlackModals.view(rejection, "C0REVIEW 1700000100.000001")))
                    .forEach(violations::add);
        }
        assertThat(forms).isPositive();
        assertThat(violations).isEmpty();
    }

    private static JsonNode json(View view) {
        return SlackMessageJson.parse(GSON.toJson(view)).node();
    }

    private static JsonNode input(JsonNode view, String blockId) {
        for (JsonNode block : view.path("blocks")) {
            if (block.path("block_id").asString().equals(blockId)) {
                return block;
            }
        }
        throw new AssertionError("no input " + blockId);
    }

    private static Invocation invocation(String locale) {
        return new Invocation(Platform.SLACK, "T0TEST", "C0CHAN", "U0ALICE", locale, Invocation.Origin.BUTTON);
    }

    private static Catalog load(Path dir) {
        return new CatalogLoader().load(dir).catalog().orElseThrow();
    }
}
