package dev.skillbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The checker the card tests rely on finds each kind of breach, so those tests can fail. */
class BlockKitLimitsTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aMessageWithinEveryLimitPasses() {
        assertThat(BlockKitLimits.violations(valid())).isEmpty();
    }

    @Test
    void eachBreachIsReported() {
        assertBreach(m -> header(m).put("text", "x".repeat(151)), "151 characters");
        assertBreach(m -> header(m).put("text", "<!here>"), "unescaped");
        assertBreach(m -> section(m).put("text", "a & b"), "unescaped");
        assertBreach(m -> section(m).put("text", "x".repeat(3001)), "3001 characters");
        assertBreach(m -> section(m).put("verbatim", false), "without verbatim");
        assertBreach(
                m -> {
                    for (int i = 0; i < 10; i++) {
                        fields(m).add(mrkdwn("f"));
                    }
                },
                "11 fields");
        assertBreach(
                m -> {
                    for (int i = 0; i < 47; i++) {
                        blocks(m).add(blocks(m).get(1).deepCopy());
                    }
                },
                "blocks: 51");
        assertBreach(m -> elements(m).add(elements(m).get(0).deepCopy()), "duplicate action_id");
        assertBreach(m -> ((ObjectNode) elements(m).get(0)).put("action_id", "garbage"), "does not decode");
        assertBreach(m -> ((ObjectNode) elements(m).get(0).path("text")).put("text", "x".repeat(76)), "76 characters");
        assertBreach(
                m -> ((ObjectNode) elements(m).get(1).path("options").get(0)).put("value", "sb1:share:x"),
                "not a SHOW id");
        assertBreach(
                m -> ((ObjectNode) elements(m).get(1)).set("initial_option", option("Other", "sb1:show:other")),
                "initial_option");
    }

    private static void assertBreach(java.util.function.Consumer<ObjectNode> breach, String expected) {
        ObjectNode message = valid();
        breach.accept(message);
        assertThat(BlockKitLimits.violations(message))
                .anySatisfy(violation -> assertThat(violation).contains(expected));
    }

    private static ObjectNode valid() {
        return (ObjectNode) JSON.readTree("""
                {"response_type":"ephemeral","text":"GitOps &amp; more","blocks":[
                 {"type":"header","text":{"type":"plain_text","text":"GitOps Practices · Senior"}},
                 {"type":"section","text":{"type":"mrkdwn","text":"*SRE*  ·  _Required_\\nDesigns it.","verbatim":true},
                  "fields":[{"type":"mrkdwn","text":"*Senior*","verbatim":true}]},
                 {"type":"context","elements":[{"type":"plain_text","text":"rev 1"}]},
                 {"type":"actions","elements":[
                  {"type":"button","text":{"type":"plain_text","text":"Lead ▶"},"action_id":"sb1:show:gitops lead"},
                  {"type":"static_select","placeholder":{"type":"plain_text","text":"Pick a level"},"action_id":"sb1:pick:level",
                   "options":[{"text":{"type":"plain_text","text":"Lead"},"value":"sb1:show:gitops lead"}],
                   "initial_option":{"text":{"type":"plain_text","text":"Lead"},"value":"sb1:show:gitops lead"}}]}]}""");
    }

    private static ArrayNode blocks(ObjectNode message) {
        return (ArrayNode) message.path("blocks");
    }

    private static ObjectNode header(ObjectNode message) {
        return (ObjectNode) blocks(message).get(0).path("text");
    }

    private static ObjectNode section(ObjectNode message) {
        return (ObjectNode) blocks(message).get(1).path("text");
    }

    private static ArrayNode fields(ObjectNode message) {
        return (ArrayNode) blocks(message).get(1).path("fields");
    }

    private static ArrayNode elements(ObjectNode message) {
        return (ArrayNode) blocks(message).get(3).path("elements");
    }

    private static JsonNode mrkdwn(String text) {
        return JSON.createObjectNode().put("type", "mrkdwn").put("text", text).put("verbatim", true);
    }

    private static JsonNode option(String label, String value) {
        ObjectNode option = JSON.createObjectNode();
        option.set("text", JSON.createObjectNode().put("type", "plain_text").put("text", label));
        return option.put("value", value);
    }
}
