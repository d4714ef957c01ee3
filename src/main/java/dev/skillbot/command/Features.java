package dev.skillbot.command;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The parts of the core that need storage, handed to the command handler: open suggestions,
 * channel digests, a counter told about every skill shown, and the personal feature.
 */
public record Features(SuggestionsView suggestions, DigestCommands digests, Consumer<String> skillShown,
                       CommandObserver observer, Supplier<AboutInfo> about, PersonalCommands personal) {

    public static final Features NONE = new Features(SuggestionsView.NONE, null, skillId -> { }, CommandObserver.NONE, () -> null);

    public Features(SuggestionsView suggestions, DigestCommands digests, Consumer<String> skillShown,
                    CommandObserver observer, Supplier<AboutInfo> about) {
        this(suggestions, digests, skillShown, observer, about, PersonalCommands.NONE);
    }

    public Features(SuggestionsView suggestions, DigestCommands digests, Consumer<String> skillShown) {
        this(suggestions, digests, skillShown, CommandObserver.NONE, () -> null);
    }

    public Features withSuggestions(SuggestionsView view) {
        return new Features(view, digests, skillShown, observer, about, personal);
    }

    public Features withObservability(CommandObserver commandObserver, Supplier<AboutInfo> aboutInfo) {
        return new Features(suggestions, digests, skillShown, commandObserver, aboutInfo, personal);
    }

    /** The personal feature ({@code me}, {@code next}, personal defaults on lookups). */
    public Features withPersonal(PersonalCommands personalCommands) {
        return new Features(suggestions, digests, skillShown, observer, about, personalCommands);
    }
}
