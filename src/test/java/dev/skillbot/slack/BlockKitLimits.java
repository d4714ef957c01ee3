package dev.skillbot.slack;

import dev.skillbot.card.ActionId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Checks a Block Kit message against Slack's published limits and Skillbot's own rules (every
 * text escaped, every action id and option value decodable). Returns each breach, or nothing.
 */
final class BlockKitLimits {

    private static final Pattern UNESCAPED = Pattern.compile("[<>]|&(?!amp;|lt;|gt;)");
    /** A user or channel as the renderer draws a mention (SlackText.mention): the only markup allowed. */
    private static final Pattern MENTION = Pattern.compile("<[@#][A-Z0-9]{1,32}>");

    private final List<String> violations = new ArrayList<>();

    private BlockKitLimits() {}

    static List<String> violations(JsonNode message) {
        BlockKitLimits check = new BlockKitLimits();
        check.message(message);
        return check.violations;
    }

    private void message(JsonNode message) {
        text("text", message.path("text"), 40_000);
        JsonNode blocks = message.path("blocks");
        require(
                blocks.isArray() && !blocks.isEmpty() && blocks.size() <= 50,
                "blocks: " + blocks.size() + " (1 to 50)");
        for (int i = 0; i < blocks.size(); i++) {
            JsonNode block = blocks.get(i);
            String where = "block " + i + " " + block.path("type").asString("?");
            switch (block.path("type").asString("")) {
                case "header" -> textObject(where, block.path("text"), 150, true);
                case "section" -> section(where, block);
                case "context" -> context(where, block);
                case "actions" -> actions(where, block);
                default -> violations.add(where + ": unknown block type");
            }
        }
    }

    private void section(String where, JsonNode block) {
        require(block.has("text") || block.has("fields"), where + ": neither text nor fields");
        if (block.has("text")) {
            textObject(where + " text", block.path("text"), 3000, false);
        }
        JsonNode fields = block.path("fields");
        require(fields.size() <= 10, where + ": " + fields.size() + " fields");
        fields.forEach(field -> textObject(where + " field", field, 2000, false));
    }

    private void context(String where, JsonNode block) {
        JsonNode elements = block.path("elements");
        require(!elements.isEmpty() && elements.size() <= 10, where + ": " + elements.size() + " elements");
        elements.forEach(element -> textObject(where + " element", element, 3000, false));
    }

    private void actions(String where, JsonNode block) {
        JsonNode elements = block.path("elements");
        require(!elements.isEmpty() && elements.size() <= 25, where + ": " + elements.size() + " elements");
        Set<String> actionIds = new HashSet<>();
        for (JsonNode element : elements) {
            String actionId = element.path("action_id").asString("");
            require(actionIds.add(actionId), where + ": duplicate action_id " + actionId);
            decodable(where + " action_id", actionId, 255);
            switch (element.path("type").asString("")) {
                case "button" -> {
                    textObject(where + " button", element.path("text"), 75, true);
                    require(element.path("value").asString("").length() <= 2000, where + ": button value over 2000");
                }
                case "static_select" -> select(where + " select " + actionId, element);
                case "checkboxes" -> checkboxes(where + " checkboxes " + actionId, element);
                default -> violations.add(where + ": unknown element " + element.path("type"));
            }
        }
    }

    private void select(String where, JsonNode select) {
        textObject(where + " placeholder", select.path("placeholder"), 150, true);
        JsonNode options = select.path("options");
        require(!options.isEmpty() && options.size() <= 100, where + ": " + options.size() + " options");
        Set<String> values = new HashSet<>();
        for (JsonNode option : options) {
            textObject(where + " option", option.path("text"), 75, true);
            String value = option.path("value").asString("");
            require(values.add(value), where + ": duplicate option value " + value);
            decodable(where + " option value", value, 150);
            require(
                    ActionId.decode(value)
                            .map(id -> id.action() == ActionId.Action.SHOW)
                            .orElse(false),
                    where + ": option value is not a SHOW id: " + value);
        }
        if (select.has("initial_option")) {
            require(
                    contains(options, select.path("initial_option")),
                    where + ": initial_option is not one of the options");
        }
    }

    /** At most 10 options, texts and descriptions within 75, values unique, initial options among the options and never an empty list. */
    private void checkboxes(String where, JsonNode checkboxes) {
        JsonNode options = checkboxes.path("options");
        require(!options.isEmpty() && options.size() <= 10, where + ": " + options.size() + " options");
        Set<String> values = new HashSet<>();
        for (JsonNode option : options) {
            textObject(where + " option", option.path("text"), 75, false);
            if (option.has("description")) {
                textObject(where + " option description", option.path("description"), 75, false);
            }
            String value = option.path("value").asString("");
            require(!value.isEmpty() && value.length() <= 150, where + ": option value length " + value.length());
            require(values.add(value), where + ": duplicate option value " + value);
        }
        if (checkboxes.has("initial_options")) {
            JsonNode initial = checkboxes.path("initial_options");
            require(!initial.isEmpty(), where + ": empty initial_options");
            initial.forEach(option ->
                    require(contains(options, option), where + ": an initial option is not one of the options"));
        }
    }

    private static boolean contains(JsonNode options, JsonNode option) {
        for (JsonNode each : options) {
            if (each.equals(option)) {
                return true;
            }
        }
        return false;
    }

    private void decodable(String where, String id, int max) {
        require(!id.isEmpty() && id.length() <= max, where + ": length " + id.length() + " (1 to " + max + ")");
        require(ActionId.decode(id).isPresent(), where + ": does not decode: " + id);
    }

    private void textObject(String where, JsonNode object, int max, boolean plainOnly) {
        String type = object.path("type").asString("");
        require(type.equals("plain_text") || !plainOnly && type.equals("mrkdwn"), where + ": text type " + type);
        if (type.equals("mrkdwn")) {
            require(object.path("verbatim").asBoolean(false), where + ": mrkdwn without verbatim");
        }
        text(where, object.path("text"), max);
    }

    private void text(String where, JsonNode node, int max) {
        String text = node.asString("");
        require(
                !text.isEmpty() && text.length() <= max,
                where + ": " + text.length() + " characters (1 to " + max + ")");
        require(
                !UNESCAPED.matcher(MENTION.matcher(text).replaceAll("")).find(),
                where + ": unescaped & < or >: " + text);
    }

    private void require(boolean condition, String violation) {
        if (!condition) {
            violations.add(violation);
        }
    }
}
