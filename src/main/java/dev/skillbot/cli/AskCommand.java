package dev.skillbot.cli;

import dev.skillbot.card.Card;
import dev.skillbot.catalog.LoadResult;
import dev.skillbot.chat.Invocation;
import dev.skillbot.command.AboutInfo;
import dev.skillbot.command.BuildVersion;
import dev.skillbot.command.CommandObserver;
import dev.skillbot.command.CommandPorts;
import dev.skillbot.command.CommandService;
import dev.skillbot.command.DigestCommands;
import dev.skillbot.command.SuggestionsView;
import dev.skillbot.gitops.GitDrift;
import dev.skillbot.me.ChecklistIndex;
import dev.skillbot.me.MeCommands;
import dev.skillbot.me.PersonalStores;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code ask "<text>" [--format …] [--locale …] [--catalog DIR]}: prints the card the bot would answer,
 * through the same {@link CommandService}, with no database (nothing personal is kept).
 * Exit 1 when the answer is an error or a "did you mean" (no skill matched), 2 when the catalog is invalid; a card
 * asking which of the skills the words name is meant is an answer (0).
 */
final class AskCommand {

    private final PrintStream out;
    private final CliEnvironment environment;

    AskCommand(PrintStream out, CliEnvironment environment) {
        this.out = out;
        this.environment = environment;
    }

    int run(String[] args) {
        List<String> words = new ArrayList<>();
        String format = "text";
        String locale = "en";
        Optional<String> catalogDir = Optional.empty();
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--format" -> format = Cli.value(args, ++i, "--format");
                case "--locale" -> locale = Cli.locale(args, ++i);
                case "--catalog" -> catalogDir = Optional.of(Cli.value(args, ++i, "--catalog"));
                default -> words.add(args[i]);
            }
        }
        Function<Card, String> renderer = environment.renderer(format);
        LoadResult loaded = environment.load(catalogDir.orElse(null));
        if (loaded.catalog().isEmpty()) {
            return 2;
        }
        Path dir = environment.catalogPath(catalogDir.orElse(null));
        CommandPorts features = new CommandPorts(SuggestionsView.NOT_KEPT, DigestCommands.NOT_HERE, skillId -> {})
                .withObservability(
                        CommandObserver.NONE,
                        () -> new AboutInfo(
                                BuildVersion.current(),
                                dir.toAbsolutePath().normalize().toString(),
                                Instant.now(),
                                true,
                                List.of(),
                                GitDrift.describe(dir).orElse(""),
                                List.of()))
                .withPersonal(new MeCommands(PersonalStores.none(Clock.systemUTC()), new ChecklistIndex()));
        Card card = new CommandService(loaded.catalog()::get, features, environment.permalinks())
                .answer(Invocation.cli(locale), String.join(" ", words));
        out.println(renderer.apply(card));
        return card.kind() == Card.Kind.DID_YOU_MEAN || card.kind() == Card.Kind.ERROR ? 1 : 0;
    }
}
