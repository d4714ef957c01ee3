package dev.skillbot.discord;

import static dev.skillbot.discord.RunningBot.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.skillbot.discord.fake.FakeDiscord;
import dev.skillbot.discord.fake.Interactions;
import dev.skillbot.discord.fake.Recorded;
import dev.skillbot.testing.MutableClock;
import dev.skillbot.testing.PayloadMutations;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import net.dv8tion.jda.api.events.interaction.GenericInteractionCreateEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every interaction Discord could send with any one field of its {@code data} removed, nulled, emptied, 20,000
 * characters long or of another JSON type: slash commands, autocomplete, a button, a select, the suggestion form
 * and a reviewer's decision, through the real JDA and the whole application. Discord validates what it sends, but
 * a stale message, a changed registration or an API change can still send such data. Each one that reaches the
 * bot is answered exactly once, and none leaves a stack trace of Skillbot's in the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class DiscordPayloadMutationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String REVIEWER_ID = "999999999999999992";

    @TempDir
    static Path dir;

    private static DiscordApp app;
    private static FakeDiscord discord;
    /** The interactions JDA read and handed to listeners; JDA itself refuses the others with a logged parse error. */
    private static final Set<String> delivered = ConcurrentHashMap.newKeySet();

    @BeforeAll
    static void start() {
        app = DiscordApp.start(dir, new MutableClock(Instant.parse("2026-11-25T12:00:00Z")));
        discord = app.discord();
        app.bean(DiscordBot.class).shards().addEventListener(new ListenerAdapter() {
            @Override
            public void onGenericInteractionCreate(GenericInteractionCreateEvent event) {
                delivered.add(event.getId());
            }
        });
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void everyMutatedInteractionThatReachesTheBotIsAnsweredOnce(CapturedOutput output) {
        List<String> failures = new ArrayList<>();
        interactions().forEach((kind, interaction) -> failures.addAll(mutantsOf(kind, interaction)));

        assertThat(failures).isEmpty();
        assertThat(output.getAll()).doesNotContain("\tat dev.skillbot");
    }

    /** Dispatches every mutant of one interaction, then waits until the shard handled them all, and checks each. */
    private static List<String> mutantsOf(String kind, Supplier<DataObject> interaction) {
        Map<String, Object> data = parse(interaction.get().getObject("data"));
        Map<DataObject, String> sent = new LinkedHashMap<>();
        for (PayloadMutations.Mutant mutant : PayloadMutations.of(data)) {
            DataObject mutated =
                    interaction.get().put("data", DataObject.fromJson(JSON.writeValueAsString(mutant.payload())));
            discord.dispatch(mutated);
            sent.put(mutated, mutant.description());
        }
        settle();
        List<String> failures = new ArrayList<>();
        sent.forEach((mutant, description) -> {
            int answers = discord.callbacks(mutant).size();
            boolean reachedTheBot = delivered.contains(mutant.getString("id"));
            if (reachedTheBot ? answers != 1 : answers != 0) {
                failures.add(answers + " answers to " + kind + " with " + description
                        + (reachedTheBot ? "" : ", refused by JDA"));
            }
        });
        return failures;
    }

    /**
     * A shard hands its events to the bot in the order they came, and an answer is in flight until Discord took it;
     * so once a later command is answered and nothing is in flight, every earlier interaction was handled.
     */
    private static void settle() {
        DataObject later = Interactions.slash("help", options());
        discord.answered(later);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> app.bean(DiscordBot.class).answersInFlight() == 0);
    }

    private static Map<String, Supplier<DataObject>> interactions() {
        Map<String, Supplier<DataObject>> all = new LinkedHashMap<>();
        all.put(
                "lookup",
                () -> Interactions.slash(
                        "lookup", options("skill", "canary-releases", "level", "senior", "role", "sre")));
        all.put(
                "compare",
                () -> Interactions.slash(
                        "compare", options("skill", "canary-releases", "from", "senior", "to", "lead")));
        all.put("search", () -> Interactions.slash("search", options("query", "canary")));
        all.put(
                "suggest",
                () -> Interactions.slash(
                        "suggest", options("skill", "canary-releases", "level", "senior", "role", "sre")));
        all.put("me set", () -> Interactions.slashInGroup("me", "set", options("role", "sre", "level", "senior")));
        all.put("autocomplete", () -> Interactions.autocomplete("lookup", options("skill", "canray"), "skill"));
        all.put("button", () -> Interactions.button("sb1:show:canary-releases lead", true));
        all.put("select", () -> Interactions.select("sb1:pick:level", "sb1:show:canary-releases principal", true));
        all.put(
                "suggestion form",
                () -> Interactions.modalSubmit(
                        "sb1:suggested:canary-releases",
                        Map.of("text", "Gates canaries on SLOs."),
                        Map.of("role", "sre", "level", "senior", "required", "true"),
                        true));
        String approve = "sb1:approve:" + pendingProposal();
        all.put(
                "approve",
                () -> Interactions.by(
                        Interactions.in(Interactions.button(approve, false), FakeDiscord.REVIEW_CHANNEL_ID),
                        REVIEWER_ID,
                        "Rita",
                        List.of(DiscordApp.REVIEWER_ROLE),
                        Interactions.MANAGE_CHANNELS));
        return all;
    }

    /** A suggestion waiting for review, so that a reviewer's click has something to decide. */
    private static long pendingProposal() {
        discord.submitSuggestion("release-trains", "senior", "sre", "Plans releases on a fixed train, with a freeze.");
        Recorded post = discord.awaitRequest(
                request -> request.is("POST", "channels/" + FakeDiscord.REVIEW_CHANNEL_ID + "/messages")
                        && request.body().contains("sb1:approve:"));
        String body = post.body();
        int at = body.indexOf("sb1:approve:") + "sb1:approve:".length();
        int end = at;
        while (end < body.length() && Character.isDigit(body.charAt(end))) {
            end++;
        }
        return Long.parseLong(body.substring(at, end));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(DataObject data) {
        return JSON.readValue(data.toString(), Map.class);
    }
}
