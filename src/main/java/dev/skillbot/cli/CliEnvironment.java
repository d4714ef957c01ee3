package dev.skillbot.cli;

import dev.skillbot.card.Card;
import dev.skillbot.catalog.CatalogLoader;
import dev.skillbot.catalog.CatalogLocales;
import dev.skillbot.catalog.CatalogProperties;
import dev.skillbot.catalog.LoadResult;
import dev.skillbot.catalog.ProblemReport;
import dev.skillbot.catalog.TranslationCheck;
import dev.skillbot.command.Permalinks;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * What the subcommands read from the environment and share: the catalog (its directory and
 * languages, as the server reads them), the public URL for links, and the output formats. A bad
 * value is a {@link UsageException}.
 */
final class CliEnvironment {

    private final PrintStream err;
    private final Map<String, String> env;
    private final Map<String, Function<Card, String>> formats;

    CliEnvironment(PrintStream err, Map<String, String> env, Map<String, Function<Card, String>> formats) {
        this.err = err;
        this.env = env;
        this.formats = formats;
    }

    Map<String, String> env() {
        return env;
    }

    Function<Card, String> renderer(String format) {
        Function<Card, String> renderer = formats.get(format);
        if (renderer == null) {
            throw new UsageException(
                    "unknown --format '" + format + "'; choose one of " + String.join(", ", formats.keySet()));
        }
        return renderer;
    }

    /** Cards link to the web pages when {@code SKILLBOT_PUBLIC_URL} is set, as the server's do. */
    Permalinks permalinks() {
        try {
            return Permalinks.of(env.get(Cli.PUBLIC_URL_ENV));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** The catalog's languages from {@code SKILLBOT_CATALOG_LOCALES} and {@code SKILLBOT_CATALOG_DEFAULT_LOCALE}, as the server reads them. */
    CatalogLocales locales() {
        try {
            return CatalogLocales.parse(env.get(Cli.DEFAULT_LOCALE_ENV), env.get(Cli.LOCALES_ENV));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** The catalog in {@code dir} (see {@link #catalogPath}); when it is invalid, its problems are printed. */
    LoadResult load(String dir) {
        Path path = catalogPath(dir);
        LoadResult result = new CatalogLoader(UnaryOperator.identity(), locales(), TranslationCheck.NONE).load(path);
        if (!result.valid()) {
            ProblemReport.lines(path, result.problems()).forEach(err::println);
        }
        return result;
    }

    /**
     * {@code --catalog}, else {@code SKILLBOT_CATALOG_DIR}, else the server's default. Read without
     * the {@link CliSettings} on purpose: {@code ask} answers from a cold JVM in about 0.7 s, and
     * reading and binding {@code application.yml} would add about half a second to it.
     */
    Path catalogPath(String given) {
        return Path.of(given != null ? given : env.getOrDefault(Cli.CATALOG_ENV, CatalogProperties.DEFAULT_DIR));
    }
}
