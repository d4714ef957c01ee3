package dev.skillbot.cli;

import dev.skillbot.card.Card;
import dev.skillbot.catalog.CatalogLoader;
import dev.skillbot.catalog.CatalogLocales;
import dev.skillbot.catalog.CatalogProperties;
import dev.skillbot.catalog.LoadResult;
import dev.skillbot.catalog.Problem;
import dev.skillbot.catalog.TranslationCheck;
import dev.skillbot.chat.Invocation;
import dev.skillbot.command.AboutInfo;
import dev.skillbot.command.CommandObserver;
import dev.skillbot.command.CommandPorts;
import dev.skillbot.command.CommandService;
import dev.skillbot.command.Permalinks;
import dev.skillbot.digest.DigestCommandHandler;
import dev.skillbot.digest.IsoWeek;
import dev.skillbot.digest.Scope;
import dev.skillbot.gitops.GitDrift;
import dev.skillbot.me.ChecklistIndex;
import dev.skillbot.me.MeCommands;
import dev.skillbot.me.PersonalStores;
import dev.skillbot.startup.ChoiceFailureAnalyzer;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * The command-line entry points: {@code ask} prints the card for a command and {@code validate}
 * checks a catalog. Neither starts a web server or a database.
 */
public final class Cli {

    public static final String CATALOG_ENV = "SKILLBOT_CATALOG_DIR";
    public static final String LOCALES_ENV = "SKILLBOT_CATALOG_LOCALES";
    public static final String DEFAULT_LOCALE_ENV = "SKILLBOT_CATALOG_DEFAULT_LOCALE";
    public static final String PUBLIC_URL_ENV = "SKILLBOT_PUBLIC_URL";

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;
    private final Map<String, Function<Card, String>> formats;

    public Cli(PrintStream out, PrintStream err, Map<String, String> env, Map<String, Function<Card, String>> formats) {
        this.out = out;
        this.err = err;
        this.env = env;
        this.formats = formats;
    }

    /** A first argument that is a word (not a Spring option such as {@code --server.port=…}) is a command for the command line. */
    public static boolean handles(String[] args) {
        return args.length > 0 && (!args[0].startsWith("-") || args[0].equals("--help") || args[0].equals("-h"));
    }

    public int run(String[] args) {
        try {
            return switch (args[0]) {
                case "ask" -> ask(args);
                case "digest" -> digest(args);
                case "validate" -> validate(args);
                case "help", "--help", "-h" -> {
                    out.println(usage());
                    yield 0;
                }
                default -> throw new UsageException("unknown command '" + args[0] + "'");
            };
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println(usage());
            return 2;
        } catch (BindException e) {
            FailureAnalysis choice = new ChoiceFailureAnalyzer().analyze(e);
            err.println(
                    choice != null
                            ? choice.getDescription()
                            : "Invalid setting " + e.getName() + ": " + rootMessage(e));
            return 2;
        }
    }

    static String usage() {
        return """
                usage: java -jar target/skillbot.jar ask "<text>" [--format text|slack|discord] [--locale en|zh-CN] [--catalog DIR]
                       java -jar target/skillbot.jar validate [DIR] [--missing zh-CN] [--strict]
                       java -jar target/skillbot.jar digest --preview [--week 2026-W48] [--scope DOMAIN|SKILL] [--format text|slack|discord] [--locale en|zh-CN] [--catalog DIR]
                       java -jar target/skillbot.jar site --out DIR [--catalog DIR] [--locale en|zh-CN] [--base-url URL]
                       java -jar target/skillbot.jar help
                Without a command (or with only --options), java -jar target/skillbot.jar starts the server.""";
    }

    private int ask(String[] args) {
        List<String> words = new ArrayList<>();
        String format = "text";
        String locale = "en";
        Optional<String> catalogDir = Optional.empty();
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--format" -> format = value(args, ++i, "--format");
                case "--locale" -> locale = value(args, ++i, "--locale");
                case "--catalog" -> catalogDir = Optional.of(value(args, ++i, "--catalog"));
                default -> words.add(args[i]);
            }
        }
        Function<Card, String> renderer = renderer(format);
        LoadResult loaded = load(catalogDir.orElse(null));
        if (loaded.catalog().isEmpty()) {
            return 2;
        }
        Path dir = catalogPath(catalogDir.orElse(null));
        CommandPorts features = CommandPorts.NONE
                .withObservability(
                        CommandObserver.NONE,
                        () -> new AboutInfo(
                                String.valueOf(Cli.class.getPackage().getImplementationVersion()),
                                dir.toAbsolutePath().normalize().toString(),
                                Instant.now(),
                                true,
                                List.of(),
                                GitDrift.describe(dir).orElse(""),
                                List.of()))
                .withPersonal(new MeCommands(PersonalStores.none(Clock.systemUTC()), new ChecklistIndex()));
        Card card = new CommandService(loaded.catalog()::get, features, permalinks())
                .answer(Invocation.cli(locale), String.join(" ", words));
        out.println(renderer.apply(card));
        return card.kind() == Card.Kind.DID_YOU_MEAN || card.kind() == Card.Kind.ERROR ? 1 : 0;
    }

    /** Cards link to the web pages when {@code SKILLBOT_PUBLIC_URL} is set, as the server's do. */
    private Permalinks permalinks() {
        try {
            return Permalinks.of(env.get(PUBLIC_URL_ENV));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private int digest(String[] args) {
        String format = "text";
        String locale = "en";
        String scopeQuery = "";
        Optional<IsoWeek> week = Optional.empty();
        Optional<String> catalogDir = Optional.empty();
        boolean preview = false;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--preview" -> preview = true;
                case "--format" -> format = value(args, ++i, "--format");
                case "--locale" -> locale = value(args, ++i, "--locale");
                case "--scope" -> scopeQuery = value(args, ++i, "--scope");
                case "--catalog" -> catalogDir = Optional.of(value(args, ++i, "--catalog"));
                case "--week" -> week = Optional.of(week(value(args, ++i, "--week")));
                default -> throw new UsageException("unknown digest option '" + args[i] + "'");
            }
        }
        if (!preview) {
            throw new UsageException("the command line only previews digests: add --preview (the server posts them)");
        }
        Function<Card, String> renderer = renderer(format);
        LoadResult loaded = load(catalogDir.orElse(null));
        if (loaded.catalog().isEmpty()) {
            return 2;
        }
        var catalog = loaded.catalog().get();
        Optional<Scope> scope =
                scopeQuery.isBlank() ? Optional.of(Scope.all()) : DigestCommandHandler.scope(scopeQuery, catalog);
        if (scope.isEmpty()) {
            throw new UsageException("no domain or skill matches --scope '" + scopeQuery + "'");
        }
        out.println(
                renderer.apply(new DigestPreview(CliSettings.of(env), err).render(catalog, scope.get(), week, locale)));
        return 0;
    }

    private static IsoWeek week(String text) {
        try {
            return IsoWeek.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private Function<Card, String> renderer(String format) {
        Function<Card, String> renderer = formats.get(format);
        if (renderer == null) {
            throw new UsageException(
                    "unknown --format '" + format + "'; choose one of " + String.join(", ", formats.keySet()));
        }
        return renderer;
    }

    private int validate(String[] args) {
        return new ValidateCommand(out, locales(), this::catalogPath).run(args);
    }

    /** The catalog's languages from {@code SKILLBOT_CATALOG_LOCALES} and {@code SKILLBOT_CATALOG_DEFAULT_LOCALE}, as the server reads them. */
    private CatalogLocales locales() {
        try {
            return CatalogLocales.parse(env.get(DEFAULT_LOCALE_ENV), env.get(LOCALES_ENV));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private LoadResult load(String dir) {
        Path path = catalogPath(dir);
        LoadResult result = new CatalogLoader(UnaryOperator.identity(), locales(), TranslationCheck.NONE).load(path);
        if (!result.valid()) {
            err.println("The catalog in " + path + " is invalid:");
            result.problems().stream().map(Problem::toString).forEach(err::println);
        }
        return result;
    }

    /**
     * {@code --catalog}, else {@code SKILLBOT_CATALOG_DIR}, else the server's default. Read without
     * the {@link CliSettings} on purpose: {@code ask} answers from a cold JVM in about 0.7 s, and
     * reading and binding {@code application.yml} would add about half a second to it.
     */
    private Path catalogPath(String given) {
        return Path.of(given != null ? given : env.getOrDefault(CATALOG_ENV, CatalogProperties.DEFAULT_DIR));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    static String value(String[] args, int index, String flag) {
        if (index >= args.length) {
            throw new UsageException(flag + " needs a value");
        }
        return args[index];
    }
}
