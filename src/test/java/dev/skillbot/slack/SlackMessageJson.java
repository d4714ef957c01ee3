package dev.skillbot.slack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads what Skillbot sent to Slack: a message's header, sections, buttons and select options. */
final class SlackMessageJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JsonNode message;

    private SlackMessageJson(JsonNode message) {
        this.message = message;
    }

    static SlackMessageJson parse(String json) {
        return new SlackMessageJson(JSON.readTree(json));
    }

    JsonNode node() {
        return message;
    }

    String field(String name) {
        return message.path(name).asString("");
    }

    /** The errors of a modal's {@code response_action: errors} answer, by input; empty for any other answer. */
    Map<String, String> formErrors() {
        Map<String, String> errors = new LinkedHashMap<>();
        if ("errors".equals(field("response_action"))) {
            message.path("errors")
                    .properties()
                    .forEach(
                            entry -> errors.put(entry.getKey(), entry.getValue().asString()));
        }
        return errors;
    }

    String header() {
        return blocks("header").stream()
                .map(block -> block.path("text").path("text").asString())
                .findFirst()
                .orElse("");
    }

    List<JsonNode> blocks(String type) {
        return StreamSupport.stream(message.path("blocks").spliterator(), false)
                .filter(block -> block.path("type").asString("").equals(type))
                .toList();
    }

    List<String> sectionTexts() {
        return blocks("section").stream()
                .map(block -> block.path("text").path("text").asString(""))
                .toList();
    }

    List<JsonNode> elements(String type) {
        List<JsonNode> elements = new ArrayList<>();
        for (JsonNode actions : blocks("actions")) {
            actions.path("elements").forEach(element -> {
                if (element.path("type").asString("").equals(type)) {
                    elements.add(element);
                }
            });
        }
        return elements;
    }

    List<String> buttonLabels() {
        return elements("button").stream()
                .map(button -> button.path("text").path("text").asString())
                .toList();
    }

    String buttonActionId(String label) {
        return elements("button").stream()
                .filter(button -> button.path("text").path("text").asString().equals(label))
                .map(button -> button.path("action_id").asString())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no button '" + label + "' among " + buttonLabels()));
    }

    JsonNode select(String actionId) {
        return elements("static_select").stream()
                .filter(select -> select.path("action_id").asString().equals(actionId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no select " + actionId));
    }

    String optionValue(String selectActionId, String label) {
        return StreamSupport.stream(select(selectActionId).path("options").spliterator(), false)
                .filter(option -> option.path("text").path("text").asString().equals(label))
                .map(option -> option.path("value").asString())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no option '" + label + "' in " + selectActionId));
    }

    /** The message's one checkboxes element. */
    JsonNode checkboxes() {
        List<JsonNode> found = elements("checkboxes");
        if (found.size() != 1) {
            throw new AssertionError("expected one checkboxes element, found " + found.size());
        }
        return found.get(0);
    }

    /** The labels of the checkboxes, and which of them are ticked (in {@code initial_options}). */
    Map<String, Boolean> checkboxStates() {
        Map<String, Boolean> states = new LinkedHashMap<>();
        checkboxes()
                .path("options")
                .forEach(option -> states.put(option.path("text").path("text").asString(), false));
        checkboxes()
                .path("initial_options")
                .forEach(option -> states.put(option.path("text").path("text").asString(), true));
        return states;
    }

    /** The {@code selected_options} Slack sends after the box labelled {@code label} is flipped: text and value of each. */
    List<Map<String, String>> selectedAfterFlipping(String label) {
        Map<String, Boolean> states = checkboxStates();
        if (!states.containsKey(label)) {
            throw new AssertionError("no checkbox '" + label + "' among " + states.keySet());
        }
        List<Map<String, String>> selected = new ArrayList<>();
        checkboxes().path("options").forEach(option -> {
            String text = option.path("text").path("text").asString();
            if (states.get(text) != text.equals(label)) {
                selected.add(Map.of("text", text, "value", option.path("value").asString()));
            }
        });
        return selected;
    }
}
