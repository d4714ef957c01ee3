package dev.skillbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.CatalogLoader;
import dev.skillbot.catalog.Skill;
import dev.skillbot.testing.SyntheticCatalog;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Me" on Slack through the real Bolt app over HTTP and the fake Slack, on a synthetic catalog of 12
 * skills (so the checklist has pages): a profile then the personal defaults, the checklist's page
 * buttons and toggles, and a cell text edited in the catalog invalidating a mark.
 */
class SlackMeTest {

    private static final String SECRET = "me-test-secret";
    private static final FakeSlack slack = FakeSlack.start();

    @TempDir
    static Path dir;

    private static SlackApp app;
    private static SlackRequests requests;
    private static Catalog catalog;

    @BeforeAll
    static void start() {
        Path catalogDir = SyntheticCatalog.write(dir.resolve("catalog"), SyntheticCatalog.Spec.of(12));
        catalog = new CatalogLoader().load(catalogDir).catalog().orElseThrow();
        app = SlackApp.http(slack, SECRET, null, "--skillbot.catalog.dir=" + catalogDir);
        requests = new SlackRequests(app.port(), SECRET);
    }

    @AfterAll
    static void stop() {
        app.close();
        slack.close();
    }

    @Test
    void aProfileThenLookupsOpenOnYourRoleAtYourLevelAndTheChecklistPagesAndToggles() throws IOException {
        assertThat(command("me role-01 seniro").sectionTexts())
                .contains("Saved: Role 1 · Senior. Lookups now open on your role at your level.");
        Skill first = catalog.skills().get(0);

        SlackMessageJson lookup = command(first.id());
        assertThat(lookup.header()).isEqualTo(first.name() + " · Senior");
        assertThat(lookup.node().toString()).contains("You: Role 1 · Senior — your level");
        assertThat(lookup.buttonLabels()).contains("Compare with Lead");
        assertThat(lookup.checkboxStates()).containsExactly(java.util.Map.entry("I do this: Role 1", false));

        SlackMessageJson checklist = command("next");
        assertThat(checklist.header()).isEqualTo("Promotion checklist: Senior → Lead, Role 1");
        assertThat(checklist.sectionTexts().get(0)).startsWith("Senior → Lead, Role 1: 12 skills,");
        assertThat(checklist.checkboxStates()).hasSize(5).allSatisfy((label, ticked) -> {
            assertThat(label).startsWith("I do this: ");
            assertThat(ticked).isFalse();
        });
        assertThat(BlockKitLimits.violations(checklist.node())).isEmpty();

        SlackMessageJson second = click(checklist, "Page 2 ▶", "page-2");
        assertThat(second.node().toString()).contains("Page 2 of 3");
        assertThat(second.buttonLabels()).contains("◀ Page 1", "Page 3 ▶");

        String toggle = second.checkboxStates().keySet().iterator().next();
        SlackMessageJson marked = tick(second, toggle, "toggle");
        assertThat(marked.checkboxStates()).containsEntry(toggle, true);
        assertThat(marked.checkboxes().path("initial_options")).hasSize(1);
        assertThat(marked.sectionTexts()).contains("Lead readiness: 1 of 12 required expectations (8%)");
        assertThat(marked.node().toString()).contains("Page 2 of 3", "✓ you do this");
        assertThat(BlockKitLimits.violations(marked.node())).isEmpty();

        Skill toggled = catalog.skills().stream()
                .filter(skill -> toggle.endsWith(skill.name()))
                .findFirst()
                .orElseThrow();
        String text = toggled.expectation(catalog.level("lead").orElseThrow(), "role-01")
                .orElseThrow()
                .text();
        Path file = dir.resolve("catalog").resolve(toggled.sourceFile());
        Files.writeString(
                file,
                Files.readString(file).replace(text, text.replace("Synthetic expectation:", "Edited expectation:")));

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(command("next p2").node().toString())
                        .contains(
                                "changed since you marked it, review it",
                                "Lead readiness: 0 of 12 required expectations (0%)"));
    }

    /**
     * "Share in channel" on a lookup posts the skill's card for everyone: without the sharer's profile line,
     * their mark or their "I do this" choice, which only their private copy shows.
     */
    @Test
    void aLookupSharedInTheChannelCarriesNothingPersonal() {
        command("me role-01 senior");
        Skill first = catalog.skills().get(0);
        SlackMessageJson mine = command(first.id());
        SlackMessageJson ticked = tick(mine, "I do this: Role 1", "share-lookup-tick");
        assertThat(ticked.node().toString()).contains("You: Role 1 · Senior", "✓ you do this");

        SlackMessageJson posted = click(ticked, "Share in channel", "share-lookup");

        assertThat(posted.field("response_type")).isEqualTo("in_channel");
        assertThat(posted.header()).isEqualTo(first.name() + " · Senior");
        assertThat(posted.node().toString()).doesNotContain("You: Role 1", "your level", "✓ you do this", "I do this");
    }

    /**
     * Share on purpose: Alice shares her progress with the channel; until she posts it nobody else can open
     * it. Once posted, Bob, in that channel, opens it read-only and comments on a skill; Alice sees the
     * comment with Bob drawn as Slack draws a user; Carol in another channel cannot open it. Alice lists her
     * shares and stops this one: Bob then hears that it is not shared with him, as he would of any id.
     */
    @Test
    void progressSharedWithTheChannelIsReadOnlyForItsMembersWhoMayComment() {
        command("me role-02 middle");
        SlackMessageJson shared = command("me share");
        assertThat(shared.sectionTexts().get(0))
                .startsWith(
                        "Your checklist is ready to share with this channel: press Share in channel to post it here.");
        String open = shared.buttonActionId("Share in channel").replaceAll("^sb1:share:", "");
        assertThat(open).matches("me shared \\d{16}");
        assertThat(commandAs("U0BOB", SlackRequests.CHANNEL, open).sectionTexts())
                .as("not open before it is posted")
                .containsExactly(
                        "This checklist is not shared with you: it never was, or its owner stopped sharing it.");

        int before = slack.posted(SlackRequests.CHANNEL).size();
        SlackMessageJson privateCopy = click(shared, "Share in channel", "share-progress");
        assertThat(privateCopy.field("delete_original")).isEqualTo("true");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> slack.posted(SlackRequests.CHANNEL).size() > before);
        Map<String, Object> card = slack.posted(SlackRequests.CHANNEL).get(before);
        assertThat(card.get("blocks").toString())
                .contains("Promotion checklist: Middle → Senior, Role 2")
                .doesNotContain("I do this");

        SlackMessageJson bobSees = commandAs("U0BOB", SlackRequests.CHANNEL, open);
        assertThat(bobSees.header()).isEqualTo("Promotion checklist: Middle → Senior, Role 2");
        assertThat(bobSees.sectionTexts()).contains("Shared by <@" + SlackRequests.USER + ">, read-only.");
        Skill skill = catalog.skills().get(0);
        SlackMessageJson commented = commandAs(
                "U0BOB",
                SlackRequests.CHANNEL,
                open.replace("shared", "comment") + " " + skill.id() + " Ready for this one <@U0BOSS>");
        assertThat(commented.sectionTexts().get(0)).startsWith("Your comment on " + skill.name() + " is saved");
        assertThat(command("me").sectionTexts())
                .anyMatch(text -> text.contains(skill.name() + " — <@U0BOB>: Ready for this one &lt;@U0BOSS&gt;"));

        assertThat(commandAs("U0CAROL", "C0ELSEWHERE", open).sectionTexts())
                .containsExactly(
                        "This checklist is not shared with you: it never was, or its owner stopped sharing it.");

        SlackMessageJson mine = command("me shares");
        assertThat(mine.sectionTexts().get(0))
                .contains(open.replace("me shared ", "") + ": with the channel <#" + SlackRequests.CHANNEL + "> since ")
                .endsWith(", 1 comments");
        SlackMessageJson stopped = click(mine, "Stop 1", "stop-share");
        assertThat(stopped.sectionTexts().get(0))
                .startsWith("Stopped sharing " + open.replace("me shared ", ""))
                .contains("Its card posted in a channel is deleted there too");
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(slack.bodies("/api/chat.delete"))
                        .singleElement()
                        .asString()
                        .contains("ts="
                                + java.net.URLEncoder.encode(
                                        card.get("ts").toString(), java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(slack.posted(SlackRequests.CHANNEL)).doesNotContain(card);
        assertThat(commandAs("U0BOB", SlackRequests.CHANNEL, open).sectionTexts())
                .containsExactly(
                        "This checklist is not shared with you: it never was, or its owner stopped sharing it.");
        assertThat(command("me").sectionTexts()).noneMatch(text -> text.contains("Ready for this one"));
    }

    /**
     * Where the bot may not post ({@code chat.postMessage} refused: not in the channel), the shared checklist goes
     * through the {@code response_url} as any card does, for everyone; that card then stays when the share stops.
     */
    @Test
    void whereTheBotMayNotPostTheSharedChecklistGoesThroughTheResponseUrl() {
        String channel = "C0NOBOT";
        slack.removeChannel(channel);
        commandAs(SlackRequests.USER, channel, "me role-02 middle");
        SlackMessageJson shared = commandAs(SlackRequests.USER, channel, "me share");
        Map<String, Object> payload = SlackRequests.privateCardAction(
                SlackRequests.button(shared.buttonActionId("Share in channel"), "Share in channel"),
                slack.responseUrl("share-fallback"));
        payload.put("channel", Map.of("id", channel, "name", "secret"));

        requests.post(SlackRequests.blockActions(payload));

        await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("/response/share-fallback") >= 1);
        SlackMessageJson posted =
                SlackMessageJson.parse(slack.bodies("/response/share-fallback").get(0));
        assertThat(posted.field("response_type")).isEqualTo("in_channel");
        assertThat(posted.header()).isEqualTo("Promotion checklist: Middle → Senior, Role 2");
    }

    /**
     * Share with one person: Alice names Frank as Slack escapes a mention; Frank gets a direct message
     * saying who shared, whose button opens Alice's checklist read-only; a person Slack cannot reach is
     * not told, and Alice learns it.
     */
    @Test
    void sharingWithOnePersonTellsThemByDirectMessage() {
        commandAs("U0GIL", SlackRequests.CHANNEL, "me role-02 senior");
        SlackMessageJson shared = commandAs("U0GIL", SlackRequests.CHANNEL, "me share <@U0FRANK|frank>");
        assertThat(shared.sectionTexts().get(0))
                .startsWith(
                        "Shared with <@U0FRANK> only, who got a direct message with a button to open your checklist");

        SlackMessageJson told = SlackMessageJson.parse(formToJson(slack.requests("/api/chat.postMessage").stream()
                .map(FakeSlack.Received::form)
                .filter(form -> "U0FRANK".equals(form.get("channel")))
                .findFirst()
                .orElseThrow()));
        assertThat(told.sectionTexts())
                .containsExactly(
                        "<@U0GIL> shared their promotion checklist with you: their marks, read-only. Open it to read it and comment on a skill; nobody else sees it.");
        String open = told.buttonActionId("Open the checklist");
        assertThat(open).matches("sb1:show:me shared \\d+");
        assertThat(BlockKitLimits.violations(told.node())).isEmpty();

        requests.post(SlackRequests.blockActions(SlackRequests.as(
                SlackRequests.channelCardAction(
                        SlackRequests.button(open, "Open the checklist"), slack.responseUrl("frank-opens")),
                "U0FRANK",
                "frank")));
        await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("/response/frank-opens") >= 1);
        SlackMessageJson frankSees =
                SlackMessageJson.parse(slack.bodies("/response/frank-opens").get(0));
        assertThat(frankSees.header()).isEqualTo("Promotion checklist: Senior → Lead, Role 2");
        assertThat(frankSees.elements("checkboxes")).as("read-only").isEmpty();

        slack.removeChannel("U0GONE");
        assertThat(commandAs("U0GIL", SlackRequests.CHANNEL, "me share U0GONE")
                        .sectionTexts()
                        .get(0))
                .startsWith("Shared with <@U0GONE> only, but the direct message to them could not be delivered");
    }

    /**
     * Words after the person Slack made a mention of shared with that person without a word of them: now nothing is
     * shared, no one is told, and the words are named; an id to stop that is no number is named as such.
     */
    @Test
    void wordsAfterThePersonShareNothingAndAnUnshareIdMustBeANumber() {
        commandAs("U0LEO", SlackRequests.CHANNEL, "me role-02 senior");

        SlackMessageJson refused = commandAs("U0LEO", SlackRequests.CHANNEL, "me share <@U0MIA|mia> and <@U0NED>");

        assertThat(refused.sectionTexts().get(0))
                .isEqualTo("Nothing was shared: “and @…” was not understood. Share with this channel: me"
                        + " share; with one person: me share @name, with nothing after the name.");
        assertThat(directMessagesTo("U0MIA")).isEmpty();
        assertThat(commandAs("U0LEO", SlackRequests.CHANNEL, "me shares")
                        .sectionTexts()
                        .get(0))
                .startsWith("You share your checklist with nobody.");
        assertThat(commandAs("U0LEO", SlackRequests.CHANNEL, "me unshare abc")
                        .sectionTexts()
                        .get(0))
                .startsWith("“abc” is no share number: nothing was stopped.");
    }

    /**
     * Another person's App Home tab, which Slack shows as last published: a comment on Ivy's share publishes her tab
     * again with it, and when its author Jay forgets, her tab is published again without his words.
     */
    @Test
    void aCommentAndItsAuthorsForgetPublishTheShareOwnersHomeTabAgain() {
        commandAs("U0IVY", SlackRequests.CHANNEL, "me role-02 senior");
        commandAs("U0IVY", SlackRequests.CHANNEL, "me share <@U0JAY|jay>");
        String open = directMessagesTo("U0JAY").get(0).buttonActionId("Open the checklist");
        String comment = open.replace("sb1:show:me shared", "me comment") + " "
                + catalog.skills().get(0).id() + " Jay's private words";
        long before = slack.calls("/api/views.publish");

        commandAs("U0JAY", SlackRequests.CHANNEL, comment);
        assertThat(app.lastHomeOf(slack, "U0IVY", before))
                .hasValueSatisfying(view -> assertThat(view.node().toString()).contains("Jay's private words"));
        before = slack.calls("/api/views.publish");
        commandAs("U0JAY", SlackRequests.CHANNEL, "me forget confirm");

        assertThat(app.lastHomeOf(slack, "U0IVY", before))
                .hasValueSatisfying(view -> assertThat(view.node().toString())
                        .contains("Role 2 · Senior")
                        .doesNotContain("Jay's private words", "U0JAY"));
    }

    /**
     * Enterprise Grid: a global user id (W…, sent with the org's enterprise id) is one person in every workspace of
     * the org. Export from one workspace lists the profiles kept in two; forget from the other, as its confirmation
     * says, deletes both.
     */
    @Test
    void onEnterpriseGridExportAndForgetReachEveryWorkspaceOfTheOrg() {
        gridCommand("T0GRIDA", "me role-01 senior");
        gridCommand("T0GRIDB", "me role-02 lead");

        tools.jackson.databind.JsonNode export =
                exportRead(List.of(gridCommand("T0GRIDA", "me export").node().toString()));
        assertThat(export.get("tables").get("me_profile")).hasSize(2);
        assertThat(gridCommand("T0GRIDB", "me forget").sectionTexts())
                .anySatisfy(text -> assertThat(text).contains("in every workspace of your organisation"));
        gridCommand("T0GRIDB", "me forget confirm");

        assertThat(exportRead(List.of(gridCommand("T0GRIDA", "me export").node().toString()))
                        .get("tables"))
                .as("nothing left to export")
                .isEmpty();
        assertThat(gridCommand("T0GRIDA", "next").sectionTexts().toString()).doesNotContain("Role 1");
    }

    /**
     * Enterprise Grid: a member from before their workspace joined the org keeps a {@code U…} id, which Slack sends with
     * the enterprise id as their global id, one person in every workspace of the org. Export lists both workspaces'
     * profiles; the forget's button, clicked in the other workspace, deletes both, as its confirmation says.
     */
    @Test
    void onEnterpriseGridAMembersLegacyUserIdAlsoReachesEveryWorkspaceOfTheOrg() {
        gridCommandAs("T0GRIDA", "U0GRIDBEA", "me role-01 senior");
        gridCommandAs("T0GRIDB", "U0GRIDBEA", "me role-02 lead");

        assertThat(exportRead(List.of(gridCommandAs("T0GRIDA", "U0GRIDBEA", "me export")
                                .node()
                                .toString()))
                        .get("tables")
                        .get("me_profile"))
                .hasSize(2);
        SlackMessageJson confirm = gridCommandAs("T0GRIDB", "U0GRIDBEA", "me forget");
        assertThat(confirm.sectionTexts())
                .anySatisfy(text -> assertThat(text).contains("in every workspace of your organisation"));
        Map<String, Object> click = SlackRequests.as(
                SlackRequests.privateCardAction(
                        SlackRequests.button(confirm.buttonActionId("Yes, forget me"), "Yes, forget me"),
                        slack.responseUrl("grid-forget")),
                "U0GRIDBEA",
                "bea");
        click.put("team", Map.of("id", "T0GRIDB", "domain", "grid-b", "enterprise_id", "E0GRID"));
        click.put("enterprise", Map.of("id", "E0GRID", "name", "Grid Org"));
        click.put("user", Map.of("id", "U0GRIDBEA", "username", "bea", "name", "bea", "team_id", "T0GRIDB"));
        requests.post(SlackRequests.blockActions(click));
        await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("/response/grid-forget") >= 1);

        assertThat(exportRead(List.of(gridCommandAs("T0GRIDA", "U0GRIDBEA", "me export")
                                .node()
                                .toString()))
                        .get("tables"))
                .as("nothing left to export in either workspace")
                .isEmpty();
    }

    /** {@code me export xml} exports nothing: it names the formats there are, with a button that exports in each. */
    @Test
    void anExportInAFormatThereIsNotNamesTheFormatsAndExportsNothing() {
        commandAs("U0XML", SlackRequests.CHANNEL, "me sre senior");

        SlackMessageJson refused = commandAs("U0XML", SlackRequests.CHANNEL, "me export <!channel> xml");

        assertThat(refused.sectionTexts())
                .containsExactly("Your data is exported as JSON or YAML; “@… xml” is not one of them."
                        + " Nothing was exported: pick one, or type me export json or me export yaml.");
        assertThat(refused.node().toString()).doesNotContain("me_profile", "\"sre\"");
        assertThat(refused.buttonLabels()).containsExactly("JSON", "YAML");
        assertThat(exportRead(List.of(refused.node().toString()))).isNull();
    }

    /** An export longer than a Block Kit section is split over sections within every limit, and reads back whole. */
    @Test
    void aLongExportIsSplitOverSectionsNotCut() {
        String comment = "R&D <notes> " + "x".repeat(380);
        commentOnOwnShare("U0HUE", 10, comment);

        SlackMessageJson export = commandAs("U0HUE", SlackRequests.CHANNEL, "me export");

        assertThat(BlockKitLimits.violations(export.node())).isEmpty();
        assertThat(export.sectionTexts()).hasSizeGreaterThan(1);
        tools.jackson.databind.JsonNode data = exportRead(List.of(export.node().toString()));
        assertThat(data.get("tables").get("me_comment")).hasSize(10);
        assertThat(data.get("tables").get("me_comment").get(9).get("text").asString())
                .isEqualTo("9" + comment);
    }

    /**
     * An export longer than one message's 50 blocks holds comes as several private messages through the
     * command's response_url, header first, each within every limit, and reads back whole: nothing dropped.
     */
    @Test
    void anExportLongerThanOneMessageComesInSeveralPrivateMessages() {
        String comment = "R&D <notes> " + "y".repeat(370);
        int comments = 300;
        commentOnOwnShare("U0IDA", comments, comment);
        java.util.Map<String, String> fields =
                SlackRequests.slashCommandFields("me export", slack.responseUrl("long-export"));
        fields.put("user_id", "U0IDA");
        fields.put("channel_id", SlackRequests.CHANNEL);

        HttpResponse<String> ack = requests.post(SlackRequests.form(fields));

        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(ack.body())
                .as("the messages follow through the response_url")
                .isEmpty();
        await().atMost(Duration.ofSeconds(10)).until(() -> exportRead(slack.bodies("/response/long-export")) != null);
        List<SlackMessageJson> messages = slack.bodies("/response/long-export").stream()
                .map(SlackMessageJson::parse)
                .toList();
        assertThat(messages).hasSizeBetween(2, 5);
        assertThat(messages).allSatisfy(message -> {
            assertThat(BlockKitLimits.violations(message.node())).isEmpty();
            assertThat(message.field("response_type")).isEqualTo("ephemeral");
            assertThat(message.node().toString()).doesNotContain("(shortened)");
        });
        assertThat(messages.get(0).header()).isEqualTo("Your data (JSON)");
        tools.jackson.databind.JsonNode data = exportRead(slack.bodies("/response/long-export"));
        assertThat(data.get("tables").get("me_comment")).hasSize(comments);
        assertThat(data.get("tables")
                        .get("me_comment")
                        .get(comments - 1)
                        .get("text")
                        .asString())
                .isEqualTo((comments - 1) + comment);
    }

    /** The profile card's Export button: the first message replaces the card, the others follow it, nothing dropped. */
    @Test
    void anExportButtonLongerThanOneMessageReplacesTheCardAndContinuesBelow() {
        String comment = "R&D <notes> " + "z".repeat(370);
        commentOnOwnShare("U0JO", 300, comment);
        SlackMessageJson profile = commandAs("U0JO", SlackRequests.CHANNEL, "me");

        requests.post(SlackRequests.blockActions(SlackRequests.as(
                SlackRequests.privateCardAction(
                        SlackRequests.button(profile.buttonActionId("Export my data"), "Export my data"),
                        slack.responseUrl("export-click")),
                "U0JO",
                "jo")));

        await().atMost(Duration.ofSeconds(10)).until(() -> exportRead(slack.bodies("/response/export-click")) != null);
        List<SlackMessageJson> messages = slack.bodies("/response/export-click").stream()
                .map(SlackMessageJson::parse)
                .toList();
        assertThat(messages).hasSizeBetween(2, 5);
        assertThat(messages)
                .extracting(message -> message.node().path("replace_original").asBoolean())
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, messages.size())
                        .mapToObj(i -> i == 0)
                        .toList());
        assertThat(messages)
                .allSatisfy(message ->
                        assertThat(BlockKitLimits.violations(message.node())).isEmpty());
        assertThat(exportRead(slack.bodies("/response/export-click"))
                        .get("tables")
                        .get("me_comment"))
                .hasSize(300);
    }

    /**
     * Export from the App Home tab, which is one view: an export longer than one message goes to the person whole as
     * direct messages from the bot (chat.postMessage to their user id), each within every limit, and the tab says
     * it was sent instead of showing a shortened export.
     */
    @Test
    void aLongExportFromTheHomeTabComesWholeAsDirectMessages() {
        SlackMessageJson view = exportFromHome("U0KIM", "kim");

        List<SlackMessageJson> sent = directMessagesTo("U0KIM");
        assertThat(sent).hasSizeBetween(2, 5).allSatisfy(message -> {
            assertThat(BlockKitLimits.violations(message.node())).isEmpty();
            assertThat(message.node().toString()).doesNotContain("(shortened)");
        });
        assertThat(sent.get(0).header()).isEqualTo("Your data (JSON)");
        assertThat(exportRead(sent.stream()
                                .map(message -> message.node().toString())
                                .toList())
                        .get("tables")
                        .get("me_comment"))
                .hasSize(300);
        assertThat(view.header()).isEqualTo("Your data (JSON)");
        assertThat(view.node().toString())
                .contains("it was sent to you whole as " + sent.size() + " direct messages")
                .doesNotContain("(shortened)");
    }

    /** When the direct messages cannot be sent, the Home tab says so and shows the export's beginning, shortened. */
    @Test
    void aLongExportFromTheHomeTabThatCannotBeSentIsShortenedAndSaysSo() {
        slack.removeChannel("U0LEE");

        SlackMessageJson view = exportFromHome("U0LEE", "lee");

        assertThat(view.header()).isEqualTo("Your data (JSON)");
        assertThat(view.sectionTexts().get(0))
                .startsWith(
                        "Your data is longer than this tab shows, and the direct messages with all of it could not be sent");
        assertThat(view.node().toString()).contains("(shortened)");
    }

    /** {@code user}, with 300 long comments on their share, clicks Export my data in their Home tab; the tab published. */
    private static SlackMessageJson exportFromHome(String user, String name) {
        commentOnOwnShare(user, 300, "R&D <notes> " + "h".repeat(370));
        String export = commandAs(user, SlackRequests.CHANNEL, "me").buttonActionId("Export my data");
        app.settled(); // each comment published the owner's tab again
        long before = slack.calls("/api/views.publish");

        requests.post(SlackRequests.blockActions(SlackRequests.as(
                SlackRequests.homeAction(SlackRequests.button(export, "Export my data")), user, name)));

        return app.lastHomeOf(slack, user, before).orElseThrow();
    }

    private static List<SlackMessageJson> directMessagesTo(String user) {
        return slack.requests("/api/chat.postMessage").stream()
                .map(FakeSlack.Received::form)
                .filter(form -> user.equals(form.get("channel")))
                .map(form -> SlackMessageJson.parse(formToJson(form)))
                .toList();
    }

    /** {@code user} shares their checklist and comments on it {@code count} times: "{@code i}" and {@code text}. */
    private static void commentOnOwnShare(String user, int count, String text) {
        commandAs(user, SlackRequests.CHANNEL, "me role-03 middle");
        String open = commandAs(user, SlackRequests.CHANNEL, "me share")
                .buttonActionId("Share in channel")
                .replaceAll("^sb1:share:", "");
        for (int i = 0; i < count; i++) {
            commandAs(
                    user,
                    SlackRequests.CHANNEL,
                    open.replace("shared", "comment") + " "
                            + catalog.skills().get(i % catalog.skills().size()).id() + " " + i + text);
        }
    }

    /** The export the messages carry, once all of them arrived; null before. */
    private static tools.jackson.databind.JsonNode exportRead(List<String> bodies) {
        String whole = String.join(
                        "\n",
                        bodies.stream()
                                .flatMap(body -> SlackMessageJson.parse(body).sectionTexts().stream())
                                .toList())
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
        try {
            tools.jackson.databind.JsonNode read =
                    tools.jackson.databind.json.JsonMapper.builder().build().readTree(whole);
            return read != null && read.has("tables") ? read : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** {@code me lang zh-CN} is the reader's own choice: their next answers are in Chinese, nobody else's. */
    @Test
    void meLangChoosesTheLanguageOfYourAnswers() {
        commandAs("U0DAN", SlackRequests.CHANNEL, "me role-01 senior");
        commandAs("U0DAN", SlackRequests.CHANNEL, "me lang zh-CN");

        assertThat(commandAs("U0DAN", SlackRequests.CHANNEL, "help").node().toString())
                .contains("如何使用 Skillbot");
        assertThat(commandAs("U0ERIN", SlackRequests.CHANNEL, "help").node().toString())
                .doesNotContain("如何使用 Skillbot");
    }

    /** A {@code chat.postMessage} form as the message JSON it carries (blocks are a JSON string in the form). */
    private static String formToJson(java.util.Map<String, String> form) {
        return "{\"text\":"
                + tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(form.get("text"))
                + ",\"blocks\":" + form.get("blocks") + "}";
    }

    /** A slash command of an Enterprise Grid org's member, by their global user id, from one of its workspaces. */
    private static SlackMessageJson gridCommand(String team, String text) {
        return gridCommandAs(team, "W0GRIDANN", text);
    }

    private static SlackMessageJson gridCommandAs(String team, String user, String text) {
        java.util.Map<String, String> fields = SlackRequests.slashCommandFields(text, slack.responseUrl("unused"));
        fields.put("team_id", team);
        fields.put("enterprise_id", "E0GRID");
        fields.put("enterprise_name", "Grid Org");
        fields.put("user_id", user);
        HttpResponse<String> response = requests.post(SlackRequests.form(fields));
        assertThat(response.statusCode()).isEqualTo(200);
        return SlackMessageJson.parse(response.body());
    }

    private static SlackMessageJson commandAs(String user, String channel, String text) {
        java.util.Map<String, String> fields = SlackRequests.slashCommandFields(text, slack.responseUrl("unused"));
        fields.put("user_id", user);
        fields.put("channel_id", channel);
        HttpResponse<String> response = requests.post(SlackRequests.form(fields));
        assertThat(response.statusCode()).isEqualTo(200);
        return SlackMessageJson.parse(response.body());
    }

    private static SlackMessageJson command(String text) {
        HttpResponse<String> response = requests.post(SlackRequests.slashCommand(text, slack.responseUrl("unused")));
        assertThat(response.statusCode()).isEqualTo(200);
        return SlackMessageJson.parse(response.body());
    }

    /** Flips one checkbox: Slack sends the element's whole selection after the click. */
    private static SlackMessageJson tick(SlackMessageJson card, String label, String name) {
        requests.post(SlackRequests.blockActions(SlackRequests.privateCardAction(
                SlackRequests.checkboxes(
                        card.checkboxes().path("action_id").asString(), card.selectedAfterFlipping(label)),
                slack.responseUrl(name))));
        await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("/response/" + name) >= 1);
        return SlackMessageJson.parse(slack.bodies("/response/" + name).get(0));
    }

    private static SlackMessageJson click(SlackMessageJson card, String label, String name) {
        requests.post(SlackRequests.blockActions(SlackRequests.privateCardAction(
                SlackRequests.button(card.buttonActionId(label), label), slack.responseUrl(name))));
        await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("/response/" + name) >= 1);
        return SlackMessageJson.parse(slack.bodies("/response/" + name).get(0));
    }
}
