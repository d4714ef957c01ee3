package dev.skillbot.command;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The features behind the command language that need storage or other parts of the application:
 * open suggestions, channel digests, a counter told about every skill shown, observability, the
 * about information, the personal feature and following a skill. {@link #NONE} answers lookups only, as the command line does.
 */
public record CommandPorts(
        SuggestionsView suggestions,
        DigestCommands digests,
        Consumer<String> skillShown,
        CommandObserver observer,
        Supplier<AboutInfo> about,
        PersonalCommands personal,
        FollowCommands follows) {

    public static final CommandPorts NONE = new CommandPorts(
            SuggestionsView.NONE, DigestCommands.NONE, skillId -> {}, CommandObserver.NONE, () -> null);

    public CommandPorts(
            SuggestionsView suggestions,
            DigestCommands digests,
            Consumer<String> skillShown,
            CommandObserver observer,
            Supplier<AboutInfo> about) {
        this(suggestions, digests, skillShown, observer, about, PersonalCommands.NONE, FollowCommands.NONE);
    }

    public CommandPorts(SuggestionsView suggestions, DigestCommands digests, Consumer<String> skillShown) {
        this(suggestions, digests, skillShown, CommandObserver.NONE, () -> null);
    }

    public CommandPorts withSuggestions(SuggestionsView view) {
        return new CommandPorts(view, digests, skillShown, observer, about, personal, follows);
    }

    public CommandPorts withObservability(CommandObserver commandObserver, Supplier<AboutInfo> aboutInfo) {
        return new CommandPorts(suggestions, digests, skillShown, commandObserver, aboutInfo, personal, follows);
    }

    /** The personal feature ({@code me}, {@code next}, personal defaults on lookups). */
    public CommandPorts withPersonal(PersonalCommands personalCommands) {
        return new CommandPorts(suggestions, digests, skillShown, observer, about, personalCommands, follows);
    }

    /** Following a skill typed by hand ({@code follow gitops}). */
    public CommandPorts withFollows(FollowCommands followCommands) {
        return new CommandPorts(suggestions, digests, skillShown, observer, about, personal, followCommands);
    }
}
