package dev.skillbot.cli;

import dev.skillbot.card.Card;
import dev.skillbot.catalog.LoadResult;
import dev.skillbot.digest.DigestCommandHandler;
import dev.skillbot.digest.IsoWeek;
import dev.skillbot.digest.Scope;
import dev.skillbot.i18n.Messages;
import dev.skillbot.i18n.ReaderLanguage;
import dev.skillbot.startup.ChoiceFailureAnalyzer;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * The command-line entry points: {@code ask} prints the card for a command ({@link AskCommand}),
 * {@code validate} checks a catalog ({@link ValidateCommand}) and {@code digest --preview} shows a
 * digest. None starts a web server; a command line that cannot run prints the usage and exits 2.
 */
public final class Cli {

    public static final String CATALOG_ENV = "SKILLBOT_CATALOG_DIR";
    public static final String LOCALES_ENV = "SKILLBOT_CATALOG_LOCALES";
    public static final String DEFAULT_LOCALE_ENV = "SKILLBOT_CATALOG_DEFAULT_LOCALE";
    public static final String PUBLIC_URL_ENV = "SKILLBOT_PUBLIC_URL";

    private final PrintStream out;
    private final PrintStream err;
    private final CliEnvironment environment;
    private final Clock clock;

    public Cli(PrintStream out, PrintStream err, Map<String, String> env, Map<String, Function<Card, String>> formats) {
        this(out, err, env, formats, Clock.systemUTC());
    }

    Cli(
            PrintStream out,
            PrintStream err,
            Map<String, String> env,
            Map<String, Function<Card, String>> formats,
            Clock clock) {
        this.out = out;
        this.err = err;
        this.environment = new CliEnvironment(err, env, formats);
        this.clock = clock;
    }

    /** A first argument that is a word (not a Spring option such as {@code --server.port=…}) is a command for the command line. */
    public static boolean handles(String[] args) {
        return args.length > 0 && (!args[0].startsWith("-") || args[0].equals("--help") || args[0].equals("-h"));
    }

    public int run(String[] args) {
        try {
            return switch (args[0]) {
                case "ask" -> new AskCommand(out, environment).run(args);
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
                case "--locale" -> locale = locale(args, ++i);
                case "--scope" -> scopeQuery = value(args, ++i, "--scope");
                case "--catalog" -> catalogDir = Optional.of(value(args, ++i, "--catalog"));
                case "--week" -> week = Optional.of(week(value(args, ++i, "--week")));
                default -> throw new UsageException("unknown digest option '" + args[i] + "'");
            }
        }
        if (!preview) {
            throw new UsageException("the command line only previews digests: add --preview (the server posts them)");
        }
        Function<Card, String> renderer = environment.renderer(format);
        LoadResult loaded = environment.load(catalogDir.orElse(null));
        if (loaded.catalog().isEmpty()) {
            return 2;
        }
        var catalog = loaded.catalog().get();
        Optional<Scope> scope =
                scopeQuery.isBlank() ? Optional.of(Scope.all()) : DigestCommandHandler.scope(scopeQuery, catalog);
        if (scope.isEmpty()) {
            throw new UsageException("no domain or skill matches --scope '" + scopeQuery + "'");
        }
        out.println(renderer.apply(new DigestPreviewCommand(CliSettings.of(environment.env()), err, clock)
                .render(catalog, scope.get(), week, locale)));
        return 0;
    }

    private static IsoWeek week(String text) {
        try {
            return IsoWeek.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private int validate(String[] args) {
        return new ValidateCommand(out, environment.locales(), environment::catalogPath).run(args);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** The value of {@code --locale}, refused when Skillbot does not speak it, rather than answered in English. */
    static String locale(String[] args, int index) {
        String locale = value(args, index, "--locale");
        if (ReaderLanguage.supported(locale).isEmpty()) {
            throw new UsageException("--locale '" + locale + "' is not a language Skillbot speaks: "
                    + String.join(" or ", Messages.SUPPORTED));
        }
        return locale;
    }

    static String value(String[] args, int index, String flag) {
        if (index >= args.length) {
            throw new UsageException(flag + " needs a value");
        }
        return args[index];
    }
}
