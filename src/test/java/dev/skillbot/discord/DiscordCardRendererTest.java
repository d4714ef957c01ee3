package dev.skillbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.card.ActionId;
import dev.skillbot.card.Button;
import dev.skillbot.card.Card;
import dev.skillbot.card.Mark;
import dev.skillbot.card.Section;
import dev.skillbot.card.Select;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.chat.Invocation;
import dev.skillbot.chat.Platform;
import dev.skillbot.command.CommandPorts;
import dev.skillbot.command.CommandService;
import dev.skillbot.command.Permalinks;
import dev.skillbot.testing.FixtureCatalog;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;

class DiscordCardRendererTest {

    private static final Catalog CATALOG = FixtureCatalog.load();
    private final DiscordCardRenderer renderer = new DiscordCardRenderer();

    @Test
    void levelCardIsOneEmbedWithTagsRoleFieldsAndContextFooter() {
        // given
        DataObject message = render("canary senior");

        // then
        DataObject embed = message.getArray("embeds").getObject(0);
        assertThat(embed.getString("title")).isEqualTo("Canary Releases · Senior");
        assertThat(embed.getString("description")).startsWith("🏷️ ").contains("traffic splitting");
        assertThat(names(embed.getArray("fields")))
                .containsExactly(
                        "DevOps Engineer — ● Required",
                        "Infrastructure Engineer — ● Required",
                        "Platform Engineer — ● Required",
                        "Site Reliability Engineer (SRE) — ● Required");
        assertThat(field(embed, "Platform Engineer — ● Required").getString("value"))
                .isEqualTo(
                        "Builds self-service progressive delivery: teams pick a \\*strategy\\* (canary, blue\\_green) and the platform wires the gates.");
        assertThat(embed.getObject("footer").getString("text"))
                .startsWith("Build & Deploy › Rollouts")
                .contains("updated 2026-02-20", "rev " + CATALOG.revision());
        assertThat(message.getObject("allowed_mentions").getArray("parse").length())
                .isZero();
        assertThat(message.getObject("allowed_mentions").getBoolean("replied_user"))
                .isFalse();
    }

    @Test
    void levelCardHasLevelNavigationCompareShareSuggestFollowAndTwoSelects() {
        DataArray rows = render("canary senior").getArray("components");

        List<DataObject> components = components(rows);
        assertThat(components)
                .filteredOn(component -> component.getInt("type") == 2)
                .extracting(component -> component.getString("label"))
                .containsExactly(
                        "◀ Middle", "Lead ▶", "Compare with Lead", "Share in channel", "Suggest edit", "Follow");
        assertThat(labelled(components, "Compare with Lead").getString("custom_id"))
                .isEqualTo("sb1:show:canary-releases senior..lead");
        assertThat(labelled(components, "Share in channel").getString("custom_id"))
                .isEqualTo("sb1:share:canary-releases senior");
        assertThat(rows.length()).as("two button rows and two selects").isEqualTo(4);
        assertThat(components)
                .filteredOn(component -> component.getInt("type") == 3)
                .extracting(component -> component.getString("custom_id"))
                .containsExactly("sb1:pick:level", "sb1:pick:role");
        DataObject roles = components.stream()
                .filter(component -> "sb1:pick:role".equals(component.getString("custom_id", null)))
                .findFirst()
                .orElseThrow();
        assertThat(roles.getArray("options").stream(DataArray::getObject).map(option -> option.getString("value")))
                .contains("sb1:show:canary-releases senior devops");
    }

    @Test
    void comparisonFieldsNameRoleLevelAndGap() {
        DataObject embed =
                render("canary middle..senior devops").getArray("embeds").getObject(0);

        assertThat(names(embed.getArray("fields")))
                .anySatisfy(name -> assertThat(name).startsWith("DevOps Engineer · Senior — "));
        assertThat(names(embed.getArray("fields")))
                .anySatisfy(name -> assertThat(name).startsWith("DevOps Engineer · Middle — "));
    }

    @Test
    void overviewMatrixIsACodeBlock() {
        DataObject embed = render("canary").getArray("embeds").getObject(0);

        assertThat(embed.getArray("fields").stream(DataArray::getObject).map(field -> field.getString("value")))
                .anySatisfy(matrix -> assertThat(matrix)
                        .startsWith("```\nRole")
                        .endsWith("```")
                        .contains("●"));
    }

    @Test
    void userAndCatalogTextIsShownLiterallyAndPingsNobody() {
        Card card = new Card(
                Card.Kind.SEARCH,
                "**bold** @everyone",
                List.of("ctx"),
                List.of("_tag_"),
                List.of(Section.of(
                        "# heading <@123>", new Mark(Mark.Kind.INFO, "info"), "> quote [link](http://x) ||spoiler||")),
                List.of(),
                "fallback");

        DataObject message = renderer.create(card, "en").toData();

        DataObject embed = message.getArray("embeds").getObject(0);
        assertThat(embed.getString("title")).isEqualTo("\\*\\*bold\\*\\* @everyone");
        assertThat(embed.getString("description")).isEqualTo("🏷️ \\_tag\\_");
        DataObject field = embed.getArray("fields").getObject(0);
        assertThat(field.getString("name")).isEqualTo("\\# heading \\<@123> — ℹ info");
        assertThat(field.getString("value")).isEqualTo("\\> quote \\[link\\](http://x) \\|\\|spoiler\\|\\|");
        assertThat(message.getObject("allowed_mentions").getArray("parse").length())
                .isZero();
    }

    @Test
    void longSelectsContinueInFurtherSelectsAndRepeatedIdsAreDropped() {
        List<Select.Option> options = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            options.add(new Select.Option("Option " + i, ActionId.of(ActionId.Action.SHOW, "skill " + i), i == 30));
        }
        ActionId same = ActionId.of(ActionId.Action.SHOW, "x");
        Card card = new Card(
                Card.Kind.LIST,
                "t",
                List.of(),
                List.of(),
                List.of(),
                List.of(
                        new Button("a", same, Button.Style.DEFAULT),
                        new Button("b", same, Button.Style.DEFAULT),
                        new Select("Pick", ActionId.of(ActionId.Action.PICK, "skill"), options)),
                "t");

        DataObject message = renderer.create(card, "en").toData();

        DataArray rows = message.getArray("components");
        assertThat(rows.length()).isEqualTo(4);
        assertThat(rows.getObject(0).getArray("components").length()).isEqualTo(1);
        assertThat(rows.getObject(3).getArray("components").getObject(0).getString("custom_id"))
                .isEqualTo("sb1:pick:skill:3");
        assertThat(rows.getObject(2).getArray("components").getObject(0).getString("placeholder"))
                .isEqualTo("Pick (2/3)");
        assertThat(DiscordMessageLimits.violations(message)).isEmpty();
    }

    /** {@code /skill canary sre}'s link button dropped the role: it opens the page narrowed to it. */
    @Test
    void aCardNarrowedToARoleLinksToThePageNarrowedToIt() {
        Card card = new CommandService(() -> CATALOG, CommandPorts.NONE, Permalinks.of("https://skills.example.com/"))
                .answer(new Invocation(Platform.DISCORD, "g", "c", "u", "en", Invocation.Origin.COMMAND), "canary sre");
        assertThat(components(renderer.create(card, "en").toData().getArray("components")))
                .filteredOn(component -> component.hasKey("url"))
                .extracting(component -> component.getString("url"))
                .containsExactly("https://skills.example.com/skills/canary-releases?role=sre");
    }

    /** A search whose words name no skill offers the closest ones, as the web's search page does. */
    @Test
    void aSearchOffersTheClosestSkills() {
        DataObject embed = render("search relese canarz").getArray("embeds").getObject(0);

        assertThat(embed.toString()).contains("Did you mean one of these?\\n• Canary Releases\\n• Release Trains");
    }

    private DataObject render(String command) {
        Card card = new CommandService(() -> CATALOG)
                .answer(new Invocation(Platform.DISCORD, "g", "c", "u", "en", Invocation.Origin.COMMAND), command);
        return renderer.create(card, "en").toData();
    }

    private static List<String> names(DataArray fields) {
        return fields.stream(DataArray::getObject)
                .map(field -> field.getString("name"))
                .toList();
    }

    private static DataObject field(DataObject embed, String name) {
        return embed.getArray("fields").stream(DataArray::getObject)
                .filter(field -> field.getString("name").equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no field " + name));
    }

    /** The components of every row, in order. */
    private static List<DataObject> components(DataArray rows) {
        return rows.stream(DataArray::getObject)
                .flatMap(row -> row.getArray("components").stream(DataArray::getObject))
                .toList();
    }

    private static DataObject labelled(List<DataObject> components, String label) {
        return components.stream()
                .filter(component -> label.equals(component.getString("label", null)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no component labelled " + label));
    }
}
