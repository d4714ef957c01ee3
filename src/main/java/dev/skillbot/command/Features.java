package dev.skillbot.command;

import java.util.function.Consumer;

/**
 * The parts of the core that need storage, handed to the command handler: open suggestions,
 * channel digests, and a counter told about every skill shown.
 */
public record Features(SuggestionsView suggestions, DigestCommands digests, Consumer<String> skillShown) {

    public static final Features NONE = new Features(SuggestionsView.NONE, null, skillId -> { });

    public Features withSuggestions(SuggestionsView view) {
        return new Features(view, digests, skillShown);
    }
}
