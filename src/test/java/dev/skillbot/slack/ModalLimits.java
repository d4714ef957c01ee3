package dev.skillbot.slack;

import dev.skillbot.card.ActionId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Checks a modal view against Slack's published limits: title, submit and close 24 characters,
 * 100 blocks, callback_id and block ids within 255, private_metadata within 3000, input labels,
 * text inputs (max_length up to 3000, prefilled text within it) and static selects.
 */
final class ModalLimits {

    private final List<String> violations = new ArrayList<>();

    private ModalLimits() {}

    static List<String> violations(JsonNode view) {
        ModalLimits check = new ModalLimits();
        check.view(view);
        return check.violations;
    }

    private void view(JsonNode view) {
        require(view.path("type").asString("").equals("modal"), "type is not modal");
        plain("title", view.path("title"), 24);
        plain("submit", view.path("submit"), 24);
        if (view.has("close")) {
            plain("close", view.path("close"), 24);
        }
        String callback = view.path("callback_id").asString("");
        require(
                !callback.isEmpty()
                        && callback.length() <= 255
                        && ActionId.decode(callback).isPresent(),
                "callback_id " + callback);
        require(view.path("private_metadata").asString("").length() <= 3000, "private_metadata over 3000");
        JsonNode blocks = view.path("blocks");
        require(!blocks.isEmpty() && blocks.size() <= 100, "blocks: " + blocks.size());
        Set<String> blockIds = new HashSet<>();
        for (JsonNode block : blocks) {
            String id = block.path("block_id").asString("");
            require(block.path("type").asString("").equals("input"), id + ": not an input block");
            require(!id.isEmpty() && id.length() <= 255 && blockIds.add(id), id + ": block_id empty, long or repeated");
            plain(id + " label", block.path("label"), 2000);
            input(id, block.path("element"));
        }
    }

    private void input(String where, JsonNode element) {
        require(element.path("action_id").asString("").length() <= 255, where + ": action_id over 255");
        switch (element.path("type").asString("")) {
            case "plain_text_input" -> {
                int max = element.path("max_length").asInt(3000);
                require(max >= 1 && max <= 3000, where + ": max_length " + max);
                require(
                        element.path("initial_value").asString("").length() <= max,
                        where + ": initial_value longer than max_length");
                if (element.has("placeholder")) {
                    plain(where + " placeholder", element.path("placeholder"), 150);
                }
            }
            case "static_select" -> {
                JsonNode options = element.path("options");
                require(!options.isEmpty() && options.size() <= 100, where + ": " + options.size() + " options");
                Set<String> values = new HashSet<>();
                boolean initialFound = !element.has("initial_option");
                for (JsonNode option : options) {
                    plain(where + " option", option.path("text"), 75);
                    String value = option.path("value").asString("");
                    require(
                            !value.isEmpty() && value.length() <= 150 && values.add(value),
                            where + ": option value " + value);
                    initialFound |= option.equals(element.path("initial_option"));
                }
                require(initialFound, where + ": initial_option is not one of the options");
                plain(where + " placeholder", element.path("placeholder"), 150);
            }
            default -> violations.add(where + ": unknown element " + element.path("type"));
        }
    }

    private void plain(String where, JsonNode text, int max) {
        require(text.path("type").asString("").equals("plain_text"), where + ": not plain_text");
        String value = text.path("text").asString("");
        require(
                !value.isEmpty() && value.length() <= max,
                where + ": " + value.length() + " characters (1 to " + max + ")");
    }

    private void require(boolean condition, String violation) {
        if (!condition) {
            violations.add(violation);
        }
    }
}
