package dev.skillbot.command;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The parts of the core that need storage, handed to the command handler: open suggestions,
 * channel digests, and a counter told about every skill shown.
 */
public record Features(SuggestionsView suggestions, DigestCommands digests, Consumer<String> skillShown,
                       CommandObserver observer, Supplier<AboutInfo> about) {

    public static final Features NONE = new Features(SuggestionsView.NONE, null, skillId -> { }, CommandObserver.NONE, () -> null);

    public Features(SuggestionsView suggestions, DigestCommands digests, Consumer<String> skillShown) {
        this(suggestions, digests, skillShown, CommandObserver.NONE, () -> null);
    }

    public Features withSuggestions(SuggestionsView view) {
        return new Features(view, digests, skillShown, observer, about);
    }

    public Features withObservability(CommandObserver commandObserver, Supplier<AboutInfo> aboutInfo) {
        return new Features(suggestions, digests, skillShown, commandObserver, aboutInfo);
    }
}
