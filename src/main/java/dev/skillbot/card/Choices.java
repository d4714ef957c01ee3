package dev.skillbot.card;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A set of on/off choices answered together: checkboxes on Slack, a multi-select on Discord. Every
 * change sends the whole chosen set, so the id is a {@link ActionId.Action#CHOOSE} whose command the
 * adapter runs with the chosen values appended ({@link #command}); the command compares them with
 * what the card showed and writes only what changed.
 *
 * @param placeholder shown where a platform needs one (Discord's empty menu)
 * @param options     in order, each with its own value; {@code selected} ones start chosen
 */
public record Choices(String placeholder, ActionId id, List<Option> options) implements Control {

    /** The most options every platform takes in one control (Slack's checkboxes take 10). */
    public static final int OPTIONS_MAX = 10;

    /** The prefix of the word that carries the chosen values: {@code =0,2}, or {@code =} for none. */
    public static final String CHOSEN = "=";

    private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9_.-]{1,32}");

    public Choices {
        options = List.copyOf(options);
        if (options.isEmpty() || options.size() > OPTIONS_MAX) {
            throw new IllegalArgumentException("choices take 1 to " + OPTIONS_MAX + " options, not " + options.size());
        }
    }

    /**
     * One choice; {@code description} is a short second line (empty for none) and {@code value} a
     * short word without spaces or commas.
     */
    public record Option(String label, String description, String value, boolean selected) {}

    /**
     * The command text a change of the choices runs: the id's command and the chosen values as its
     * last word. The values come from a platform payload: any that is not a short plain word is dropped,
     * so none can add words to the command.
     */
    public static String command(ActionId id, List<String> chosen) {
        return id.arg(0) + " " + CHOSEN
                + String.join(
                        ",",
                        chosen.stream()
                                .filter(value ->
                                        value != null && VALUE.matcher(value).matches())
                                .distinct()
                                .limit(OPTIONS_MAX)
                                .toList());
    }

    @Override
    public List<ActionId> actionIds() {
        return List.of(id);
    }
}
