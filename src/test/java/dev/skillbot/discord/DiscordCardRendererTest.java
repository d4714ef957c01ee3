package dev.skillbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.card.ActionId;
import dev.skillbot.card.Button;
import dev.skillbot.card.Card;
import dev.skillbot.card.Mark;
import dev.skillbot.card.Section;
import dev.skillbot.card.Select;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.command.CommandService;
import dev.skillbot.command.Invocation;
import dev.skillbot.command.Platform;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;

class DiscordCardRendererTest {

    private static final Catalog CATALOG = TestCatalogs.bundled();
    private final DiscordCardRenderer renderer = new DiscordCardRenderer();

    @Test
    void levelCardIsOneEmbedWithTagsRoleFieldsAndContextFooter() {
        // given
        DataObject message = render("gitops senior");

        // then
        DataObject embed = message.getArray("embeds").getObject(0);
        assertThat(embed.getString("title")).isEqualTo("GitOps Practices · Senior");
        assertThat(embed.getString("description")).startsWith("🏷️ ").contains("drift detection");
        assertThat(names(embed.getArray("fields"))).containsExactly("DevOps Engineer — ● Required",
                "Infrastructure Engineer — ● Required", "Platform Engineer — ● Required",
                "Site Reliability Engineer (SRE) — ● Required");
        assertThat(embed.getObject("footer").getString("text")).startsWith("DevOps & CI/CD › GitOps")
                .contains("updated 2026-03-17", "rev " + CATALOG.revision());
        assertThat(message.getObject("allowed_mentions").getArray("parse").length()).isZero();
        assertThat(message.getObject("allowed_mentions").getBoolean("replied_user")).isFalse();
    }

    @Test
    void levelCardHasLevelNavigationCompareShareSuggestFollowAndTwoSelects() {
        DataArray rows = render("gitops senior").getArray("components");

        DataArray buttons = rows.getObject(0).getArray("components");
        assertThat(labels(buttons)).containsExactly("◀ Middle", "Lead ▶", "Compare with Lead", "Share in channel", "Suggest edit");
        assertThat(buttons.getObject(2).getString("custom_id")).isEqualTo("sb1:show:gitops-practices senior..lead");
        assertThat(buttons.getObject(3).getString("custom_id")).isEqualTo("sb1:share:gitops-practices senior");
        assertThat(labels(rows.getObject(1).getArray("components"))).containsExactly("Follow");
        DataObject levels = rows.getObject(2).getArray("components").getObject(0);
        assertThat(levels.getString("custom_id")).isEqualTo("sb1:pick:level");
        DataObject roles = rows.getObject(3).getArray("components").getObject(0);
        assertThat(roles.getArray("options").getObject(1).getString("value")).isEqualTo("sb1:show:gitops-practices senior devops");
    }

    @Test
    void comparisonFieldsNameRoleLevelAndGap() {
        DataObject embed = render("gitops middle..senior devops").getArray("embeds").getObject(0);

        assertThat(names(embed.getArray("fields"))).anySatisfy(name -> assertThat(name).startsWith("DevOps Engineer · Senior — "));
        assertThat(names(embed.getArray("fields"))).anySatisfy(name -> assertThat(name).startsWith("DevOps Engineer · Middle — "));
    }

    @Test
    void overviewMatrixIsACodeBlock() {
        DataObject embed = render("gitops").getArray("embeds").getObject(0);

        DataObject matrix = embed.getArray("fields").getObject(0);
        assertThat(matrix.getString("value")).startsWith("```\nRole").endsWith("```").contains("●");
    }

    @Test
    void userAndCatalogTextIsShownLiterallyAndPingsNobody() {
        Card card = new Card(Card.Kind.SEARCH, "**bold** @everyone", List.of("ctx"), List.of("_tag_"),
                List.of(Section.of("# heading <@123>", new Mark(Mark.Kind.INFO, "info"), "> quote [link](http://x) ||spoiler||")),
                List.of(), "fallback");

        DataObject message = renderer.create(card, "en").toData();

        DataObject embed = message.getArray("embeds").getObject(0);
        assertThat(embed.getString("title")).isEqualTo("\\*\\*bold\\*\\* @everyone");
        assertThat(embed.getString("description")).isEqualTo("🏷️ \\_tag\\_");
        DataObject field = embed.getArray("fields").getObject(0);
        assertThat(field.getString("name")).isEqualTo("\\# heading \\<@123> — ℹ info");
        assertThat(field.getString("value")).isEqualTo("\\> quote \\[link\\](http://x) \\|\\|spoiler\\|\\|");
        assertThat(message.getObject("allowed_mentions").getArray("parse").length()).isZero();
    }

    @Test
    void longSelectsContinueInFurtherSelectsAndRepeatedIdsAreDropped() {
        List<Select.Option> options = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            options.add(new Select.Option("Option " + i, ActionId.of(ActionId.Action.SHOW, "skill " + i), i == 30));
        }
        ActionId same = ActionId.of(ActionId.Action.SHOW, "x");
        Card card = new Card(Card.Kind.LIST, "t", List.of(), List.of(), List.of(), List.of(
                new Button("a", same, Button.Style.DEFAULT), new Button("b", same, Button.Style.DEFAULT),
                new Select("Pick", ActionId.of(ActionId.Action.PICK, "skill"), options)), "t");

        DataObject message = renderer.create(card, "en").toData();

        DataArray rows = message.getArray("components");
        assertThat(rows.length()).isEqualTo(4);
        assertThat(rows.getObject(0).getArray("components").length()).isEqualTo(1);
        assertThat(rows.getObject(3).getArray("components").getObject(0).getString("custom_id")).isEqualTo("sb1:pick:skill:3");
        assertThat(rows.getObject(2).getArray("components").getObject(0).getString("placeholder")).isEqualTo("Pick (2/3)");
        assertThat(DiscordMessageLimits.violations(message)).isEmpty();
    }

    private DataObject render(String command) {
        Card card = new CommandService(() -> CATALOG)
                .answer(new Invocation(Platform.DISCORD, "g", "c", "u", "en", Invocation.Origin.COMMAND), command);
        return renderer.create(card, "en").toData();
    }

    private static List<String> names(DataArray fields) {
        return fields.stream(DataArray::getObject).map(field -> field.getString("name")).toList();
    }

    private static List<String> labels(DataArray buttons) {
        return buttons.stream(DataArray::getObject).map(button -> button.getString("label")).toList();
    }
}
