package dev.skillbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.card.ActionId;
import dev.skillbot.card.ModalForm;
import dev.skillbot.chat.Invocation;
import dev.skillbot.chat.Platform;
import dev.skillbot.command.CommandService;
import java.util.List;
import java.util.stream.IntStream;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;

/** Forms as Discord modals: inputs in labels, text prefilled, choices preselected, every modal limit kept. */
class DiscordModalsTest {

    private static final Invocation USER =
            new Invocation(Platform.DISCORD, "guild", "channel", "user", "en", Invocation.Origin.BUTTON);

    @Test
    void theSuggestionFormIsFiveLabelledInputs() {
        ModalForm form = new CommandService(TestCatalogs::fixture)
                .suggestionForm(USER, "canary-releases", "senior", "sre")
                .orElseThrow();

        DataObject modal = DiscordModals.render(form).toData();

        assertThat(modal.getString("custom_id")).isEqualTo("sb1:suggested:canary-releases:en");
        assertThat(modal.getString("title")).isEqualTo("Suggest an edit");
        DataArray labels = modal.getArray("components");
        assertThat(labels.stream(DataArray::getObject)
                        .map(label -> label.getObject("component").getString("custom_id")))
                .containsExactly("role", "level", "text", "required", "rationale");
        DataObject text = labels.getObject(2).getObject("component");
        assertThat(text.getInt("style")).isEqualTo(2);
        assertThat(text.getInt("max_length")).isEqualTo(3000);
        assertThat(text.getString("value")).startsWith("Ties canary gates to SLOs");
        assertThat(defaults(labels.getObject(1).getObject("component"))).containsExactly("senior");
        assertThat(defaults(labels.getObject(3).getObject("component"))).containsExactly("true");
        assertThat(labels.getObject(4).getObject("component").getBoolean("required"))
                .isFalse();
        assertThat(DiscordMessageLimits.modalViolations(modal)).isEmpty();
    }

    @Test
    void anOversizedFormIsCutToDiscordsLimitsKeepingTheChosenOption() {
        List<ModalForm.Choice> many = IntStream.range(0, 40)
                .mapToObj(i -> new ModalForm.Choice("Role " + i + " ".repeat(120), "role-" + i))
                .toList();
        ModalForm form = new ModalForm(
                ActionId.of(ActionId.Action.SUBMIT_SUGGESTION, "skill"),
                "A title far longer than forty-five characters, surely",
                "Send",
                List.of(
                        new ModalForm.ChoiceInput("none", "Nothing to choose", List.of(), ""),
                        new ModalForm.ChoiceInput(
                                "role", "A label far longer than forty-five characters, surely", many, "role-35"),
                        new ModalForm.TextInput("text", "Text", "x".repeat(5000), true, 5000, true, "p".repeat(300)),
                        new ModalForm.TextInput("a", "A", "", false, 10, false, ""),
                        new ModalForm.TextInput("b", "B", "", false, 10, false, ""),
                        new ModalForm.TextInput("c", "C", "", false, 10, false, ""),
                        new ModalForm.TextInput("d", "D", "", false, 10, false, "")));

        DataObject modal = DiscordModals.render(form).toData();

        assertThat(DiscordMessageLimits.modalViolations(modal)).isEmpty();
        DataArray labels = modal.getArray("components");
        assertThat(labels.length()).isEqualTo(5);
        DataObject role = labels.getObject(0).getObject("component");
        assertThat(role.getString("custom_id")).isEqualTo("role");
        assertThat(role.getArray("options").length()).isEqualTo(25);
        assertThat(defaults(role)).containsExactly("role-35");
        assertThat(labels.getObject(1).getObject("component").getString("value"))
                .hasSizeLessThanOrEqualTo(4000);
    }

    private static List<String> defaults(DataObject select) {
        return select.getArray("options").stream(DataArray::getObject)
                .filter(option -> option.getBoolean("default", false))
                .map(option -> option.getString("value"))
                .toList();
    }
}
