package dev.skillbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.skillbot.testing.PayloadMutations;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Every signed request Slack could send, with any one of its fields removed, emptied, nulled or of another JSON
 * type: the click on every control of a real card, the suggestion modal submitted, and the slash command. A
 * stranger who holds no secret cannot send these, but a Slack change or a half-delivered payload can: none may
 * get a 500 or leave a stack trace in the log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class SlackPayloadMutationTest {

    static final FakeSlack slack = FakeSlack.start();
    private static final String SITE = "https://skills.example.com/";

    @LocalServerPort
    int port;

    @Autowired
    AfterAckExecutor afterAck;

    SlackRequests requests;

    @DynamicPropertySource
    static void slack(DynamicPropertyRegistry registry) {
        slack.httpMode(registry, SlackHttpTest.SECRET);
        registry.add("skillbot.web.public-url", () -> SITE);
    }

    @AfterAll
    static void stopFake() {
        slack.close();
    }

    @BeforeEach
    void client() {
        requests = new SlackRequests(port, SlackHttpTest.SECRET);
    }

    @Test
    void noMutatedInteractionGetsAServerError(CapturedOutput output) {
        List<String> failures = new ArrayList<>();
        for (Map<String, Object> payload : interactions()) {
            for (PayloadMutations.Mutant mutant : PayloadMutations.of(payload)) {
                HttpResponse<String> response = requests.post(SlackRequests.blockActions(mutant.payload()));
                if (response.statusCode() >= 500) {
                    failures.add(response.statusCode() + " " + mutant.description() + " of " + kind(payload));
                }
            }
        }

        assertThat(failures).isEmpty();
        assertThat(output.getAll()).doesNotContain("\tat ");
    }

    @Test
    void noMutatedSlashCommandGetsAServerError(CapturedOutput output) {
        Map<String, String> fields = SlackRequests.slashCommandFields("canary senior", slack.responseUrl("command"));
        List<String> failures = new ArrayList<>();
        for (String field : fields.keySet()) {
            for (String value : PayloadMutations.FORM_VALUES) {
                Map<String, String> mutated = new LinkedHashMap<>(fields);
                if (value == null) {
                    mutated.remove(field);
                } else {
                    mutated.put(field, value);
                }
                int status = requests.post(SlackRequests.form(mutated)).statusCode();
                if (status >= 500) {
                    failures.add(status + " " + field + " = " + PayloadMutations.shown(value));
                }
            }
        }

        assertThat(failures).isEmpty();
        assertThat(output.getAll()).doesNotContain("\tat ");
    }

    /**
     * The events Skillbot takes (a pasted link to the pages, the Home tab opened) and the Home tab's search box
     * asking for options. What they start after the acknowledgement runs before the log is read.
     */
    @Test
    void noMutatedEventGetsAServerError(CapturedOutput output) {
        List<String> failures = new ArrayList<>();
        List<Map<String, Object>> events = List.of(
                SlackEvents.linkShared(
                        "1700000000.000100",
                        List.of(SITE + "skills/canary-releases?level=senior&role=sre", SITE + "skills/load-testing")),
                SlackEvents.homeOpened(SlackRequests.USER));
        for (Map<String, Object> event : events) {
            for (PayloadMutations.Mutant mutant : PayloadMutations.of(event)) {
                int status = requests.event(mutant.payload()).statusCode();
                if (status >= 500) {
                    failures.add(status + " " + mutant.description() + " of " + kind(event));
                }
            }
        }
        for (PayloadMutations.Mutant mutant :
                PayloadMutations.of(SlackEvents.blockSuggestion(SlackHomeSearch.SEARCH, "canary"))) {
            int status =
                    requests.post(SlackRequests.blockActions(mutant.payload())).statusCode();
            if (status >= 500) {
                failures.add(status + " " + mutant.description() + " of block_suggestion");
            }
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> afterAck.unfinished() == 0);

        assertThat(failures).isEmpty();
        assertThat(output.getAll()).doesNotContain("\tat ");
    }

    /**
     * A click on every button, select and checkbox group of the cards some commands answer with, a reviewer's
     * decision on a proposal, and the suggestion and rejection modals submitted.
     */
    private List<Map<String, Object>> interactions() {
        List<Map<String, Object>> payloads = new ArrayList<>();
        Set<String> handlers = new HashSet<>();
        for (String command :
                List.of("canary senior", "canary senior..lead sre", "search canary", "me", "next", "help")) {
            HttpResponse<String> card = requests.post(SlackRequests.slashCommand(command, slack.responseUrl("card")));
            assertThat(card.statusCode()).as(command).isEqualTo(200);
            for (JsonNode element : SlackMessageJson.parse(card.body()).node().findParents("action_id")) {
                if (handlers.add(handler(element.path("action_id").asString()))) {
                    payloads.add(SlackRequests.channelCardAction(click(element), slack.responseUrl("click")));
                }
            }
        }
        assertThat(handlers).as("the cards' kinds of control").hasSizeGreaterThan(5);
        for (String decision : List.of("sb1:approve:1", "sb1:reject:1")) {
            payloads.add(SlackRequests.postedMessageAction(
                    SlackRequests.button(decision, "Decide"), slack.responseUrl("review"), "C0REVIEW", "1700.1"));
        }
        payloads.add(SlackRequests.viewSubmission(
                "sb1:rejected:1",
                "",
                Map.of("reason", SlackRequests.typed("Not what the guild agreed.")),
                SlackRequests.USER,
                "alice"));
        payloads.add(SlackRequests.viewSubmission(
                "sb1:suggested:canary-releases",
                "",
                Map.of(
                        "role", SlackRequests.chosen("sre"),
                        "level", SlackRequests.chosen("senior"),
                        "text", SlackRequests.typed("Runs canary analysis with Flagger and Argo Rollouts."),
                        "required", SlackRequests.chosen("true"),
                        "rationale", SlackRequests.typed("")),
                SlackRequests.USER,
                "alice"));
        return payloads;
    }

    /** One control of each kind: the same action, and for selects the same choice (such as a profile's role). */
    private static String handler(String actionId) {
        String[] parts = actionId.split("[: ]");
        return parts.length > 2 && (parts[1].equals("pick") || parts[1].equals("choose"))
                ? parts[1] + ":" + parts[2]
                : parts.length > 1 ? parts[1] : actionId;
    }

    @SuppressWarnings("unchecked")
    private static String kind(Map<String, Object> payload) {
        if (payload.get("event") instanceof Map<?, ?> event) {
            return "event " + event.get("type");
        }
        Object actions = payload.get("actions");
        return payload.get("type") + " "
                + (actions instanceof List<?> list
                        ? ((Map<String, Object>) list.get(0)).get("action_id")
                        : ((Map<String, Object>) payload.get("view")).get("callback_id"));
    }

    private static Map<String, Object> click(JsonNode element) {
        String actionId = element.path("action_id").asString();
        JsonNode first = element.path("options").path(0);
        String label = first.path("text").path("text").asString();
        String value = first.path("value").asString();
        return switch (element.path("type").asString()) {
            case "checkboxes" -> SlackRequests.checkboxes(actionId, List.of(Map.of("text", label, "value", value)));
            case "static_select" -> SlackRequests.select(actionId, label, value);
            default ->
                SlackRequests.button(actionId, element.path("text").path("text").asString());
        };
    }
}
