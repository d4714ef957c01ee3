package dev.skillbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.util.json.GsonFactory;
import dev.skillbot.card.ActionId;
import dev.skillbot.card.Block;
import dev.skillbot.card.Button;
import dev.skillbot.card.Card;
import dev.skillbot.card.Control;
import dev.skillbot.card.Document;
import dev.skillbot.card.Section;
import dev.skillbot.card.Select;
import dev.skillbot.catalog.CatalogLoader;
import dev.skillbot.chat.Invocation;
import dev.skillbot.chat.Platform;
import dev.skillbot.command.CommandService;
import dev.skillbot.i18n.MessageKey;
import dev.skillbot.i18n.Messages;
import dev.skillbot.testing.FixtureCatalog;
import dev.skillbot.testing.SyntheticCatalog;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class SlackCardRendererTest {

    private static final com.google.gson.Gson GSON = GsonFactory.createSnakeCase();

    final SlackCardRenderer renderer = new SlackCardRenderer();

    @Test
    void levelCardHasHeaderContextTagsRoleSectionsAndNavigation() {
        // when
        SlackMessageJson message = render(FixtureCatalog.DIR, "canary senior");

        // then
        assertThat(message.header()).isEqualTo("Canary Releases · Senior");
        List<String> context = message.blocks("context").stream()
                .map(block -> block.path("elements").get(0).path("text").asString())
                .toList();
        assertThat(context)
                .anySatisfy(
                        line -> assertThat(line)
                                .startsWith(
                                        "Build &amp; Deploy › Rollouts · 4 roles · 16 required · 4 optional · updated 2026-02-20 · rev "));
        assertThat(context).anySatisfy(line -> assertThat(line).startsWith("🏷 small blast radius · metric gates"));
        assertThat(message.sectionTexts())
                .hasSize(4)
                .allSatisfy(text -> assertThat(text).contains("*  ·  _Required_\n"));
        assertThat(message.sectionTexts())
                .anySatisfy(text -> assertThat(text)
                        .isEqualTo(
                                "*DevOps Engineer*  ·  _Required_\nDesigns canary analysis: promotes when error rate &lt; 1% &amp; p99 latency "
                                        + "holds for 10 minutes → rolls back otherwise."));
        assertThat(message.buttonLabels())
                .containsExactly(
                        "◀ Middle", "Lead ▶", "Compare with Lead", "Share in channel", "Suggest edit", "Follow");
        assertThat(message.select("sb1:pick:level")
                        .path("initial_option")
                        .path("text")
                        .path("text")
                        .asString())
                .isEqualTo("Senior");
        assertThat(message.select("sb1:pick:role")
                        .path("initial_option")
                        .path("text")
                        .path("text")
                        .asString())
                .isEqualTo("All roles");
        assertThat(message.blocks("actions")).hasSize(2);
    }

    @Test
    void comparisonShowsBothLevelsAsFieldsAndOverviewShowsTheMatrixAsCode() {
        SlackMessageJson comparison = render(FixtureCatalog.DIR, "canary senior..lead");
        SlackMessageJson overview = render(FixtureCatalog.DIR, "canary");

        JsonNode fields = comparison.blocks("section").stream()
                .map(section -> section.path("fields"))
                .filter(JsonNode::isArray)
                .findFirst()
                .orElseThrow();
        assertThat(fields).hasSize(2);
        assertThat(fields.get(0).path("text").asString()).startsWith("*Senior*  ·  _Required_\n");
        assertThat(fields.get(1).path("text").asString()).startsWith("*Lead*  ·  _Required_\n");
        assertThat(overview.sectionTexts())
                .anySatisfy(text -> assertThat(text)
                        .startsWith(
                                "*Expectations by level*\n```Role            Junior  Middle  Senior  Lead  Principal\nDevOps ")
                        .endsWith("```"));
    }

    @Test
    void longCellsAreCutWithTheTruncatedMarkerOfTheLanguage(@TempDir Path dir) {
        Path extreme = SyntheticCatalog.write(dir, SyntheticCatalog.Spec.extreme());
        String skill = SyntheticCatalog.id(SyntheticCatalog.name(0), 0);

        SlackMessageJson english = render(extreme, skill + " senior");
        SlackMessageJson chinese = SlackMessageJson.parse(
                new SlackCardRenderer(Messages.forLocale("zh-CN")).json(answer(extreme, skill + " senior", "zh-CN")));

        assertThat(english.sectionTexts())
                .hasSize(40)
                .allSatisfy(text -> assertThat(text)
                        .hasSizeLessThanOrEqualTo(3000)
                        .endsWith(Messages.forLocale("en").get(MessageKey.TRUNCATED)));
        // the synthetic catalog is English only, so the Chinese card ends with the line that says so
        String fallback = Messages.forLocale("zh-CN").get(MessageKey.CONTENT_FALLBACK, "英语");
        assertThat(chinese.sectionTexts()).last().isEqualTo(fallback);
        assertThat(chinese.sectionTexts())
                .filteredOn(text -> !text.equals(fallback))
                .isNotEmpty()
                .allSatisfy(text ->
                        assertThat(text).endsWith(Messages.forLocale("zh-CN").get(MessageKey.TRUNCATED)));
    }

    @Test
    void sectionsBeyondFiftyBlocksAreDroppedWithAVisibleMarker(@TempDir Path dir) {
        Path wide = SyntheticCatalog.write(dir, new SyntheticCatalog.Spec(1, 60, 80, 3));
        String skill = SyntheticCatalog.id(SyntheticCatalog.name(0), 0);

        SlackMessageJson message = render(wide, skill + " senior");

        JsonNode blocks = message.node().path("blocks");
        assertThat(blocks).hasSize(50);
        assertThat(blocks.get(47).path("type").asString()).isEqualTo("context");
        assertThat(blocks.get(47).path("elements").get(0).path("text").asString())
                .isEqualTo("… (shortened)");
        assertThat(message.blocks("actions")).hasSize(2);
        assertThat(BlockKitLimits.violations(message.node())).isEmpty();
    }

    @Test
    void aLongDocumentIsDrawnAsSeveralMessagesWithNothingDropped() {
        Card card = documentCard(120);

        List<List<LayoutBlock>> messages = renderer.messages(card, 5);

        assertThat(renderer.messages(documentCard(40), 5)).containsExactly(renderer.blocks(documentCard(40)));
        assertThat(messages).hasSize(3).allSatisfy(blocks -> assertThat(blocks).hasSizeLessThanOrEqualTo(50));
        assertThat(messages.get(0).get(0)).isInstanceOf(HeaderBlock.class);
        List<LayoutBlock> all = messages.stream().flatMap(List::stream).toList();
        assertThat(all).filteredOn(SectionBlock.class::isInstance).hasSize(120);
        assertThat(all.get(all.size() - 1)).as("the controls close the last").isInstanceOf(ActionsBlock.class);
        assertThat(GSON.toJson(all)).doesNotContain("(shortened)");
    }

    @Test
    void whatEvenTheLastMessageCannotHoldIsDroppedWithTheMarker() {
        List<List<LayoutBlock>> messages = renderer.messages(documentCard(400), 5);

        assertThat(messages).hasSize(5).allSatisfy(blocks -> assertThat(blocks).hasSizeLessThanOrEqualTo(50));
        List<LayoutBlock> last = messages.get(4);
        assertThat(GSON.toJson(last.get(last.size() - 2))).contains("… (shortened)");
        assertThat(last.get(last.size() - 1)).isInstanceOf(ActionsBlock.class);
    }

    private static Card documentCard(int sections) {
        List<Section> parts = IntStream.range(0, sections)
                .mapToObj(i -> Section.of("", null, "line " + i))
                .toList();
        return card(
                List.of(new Document("export.json", "", parts)),
                List.of(new Button("Done", ActionId.of(ActionId.Action.SHOW, "help"), Button.Style.PRIMARY)));
    }

    @Test
    void escapedTextIsMeasuredAndCutBetweenEntities() {
        Card card = card(List.of(Section.of("", null, "&".repeat(2999))), List.of());

        String text = SlackMessageJson.parse(renderer.json(card)).sectionTexts().get(0);

        assertThat(text).hasSizeLessThanOrEqualTo(3000).matches("(&amp;)+… \\(shortened\\)");
    }

    @Test
    void controlsAreCutToTheirLimitsAndDuplicateIdsDropped() {
        ActionId lead = ActionId.of(ActionId.Action.SHOW, "gitops lead");
        List<Select.Option> options = IntStream.range(0, 150)
                .mapToObj(
                        i -> new Select.Option("Option " + i, ActionId.of(ActionId.Action.SHOW, "gitops " + i), i == 3))
                .toList();
        List<Control> controls = List.of(
                new Button("L".repeat(100), lead, Button.Style.PRIMARY),
                new Button("again", lead, Button.Style.DEFAULT),
                new Select("P".repeat(200), ActionId.of(ActionId.Action.PICK, "level"), options));

        SlackMessageJson message = SlackMessageJson.parse(renderer.json(card(List.of(), controls)));

        assertThat(message.buttonLabels())
                .singleElement()
                .asString()
                .hasSize(75)
                .endsWith("…");
        assertThat(message.elements("button").get(0).path("style").asString()).isEqualTo("primary");
        JsonNode select = message.select("sb1:pick:level");
        assertThat(select.path("options")).hasSize(100);
        assertThat(select.path("initial_option").path("text").path("text").asString())
                .isEqualTo("Option 3");
        assertThat(BlockKitLimits.violations(message.node())).isEmpty();
    }

    @Test
    void jsonIsAsciiOnlyAndMeansTheSameAsGsonsOwn() {
        String json = renderer.json(answer(FixtureCatalog.DIR, "canary senior", "en"));
        String gson = GsonFactory.createSnakeCase()
                .toJson(renderer.ephemeral(answer(FixtureCatalog.DIR, "canary senior", "en")));

        assertThat(json.chars()).allMatch(c -> c < 0x80);
        assertThat(SlackMessageJson.parse(json).node())
                .isEqualTo(SlackMessageJson.parse(gson).node());
        assertThat(gson).contains("·");
    }

    private static Card card(List<Block> blocks, List<Control> controls) {
        return new Card(Card.Kind.HELP, "Title", List.of(), List.of(), blocks, controls, "Title");
    }

    /** A search whose words name no skill offers the closest ones, as the web's search page does, with their buttons. */
    @Test
    void aSearchOffersTheClosestSkills() {
        SlackMessageJson message = render(FixtureCatalog.DIR, "search relese canarz");

        assertThat(message.sectionTexts()).contains("Did you mean one of these?\n• Canary Releases\n• Release Trains");
        assertThat(message.buttonLabels()).contains("Canary Releases", "Release Trains");
    }

    private SlackMessageJson render(Path catalog, String text) {
        return SlackMessageJson.parse(renderer.json(answer(catalog, text, "en")));
    }

    private static Card answer(Path catalog, String text, String locale) {
        var loaded = new CatalogLoader().load(catalog).catalog().orElseThrow();
        return new CommandService(() -> loaded)
                .answer(
                        new Invocation(
                                Platform.SLACK, "T0TEST", "C0CHAN", "U0ALICE", locale, Invocation.Origin.COMMAND),
                        text);
    }
}
