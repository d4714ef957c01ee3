package dev.skillbot.cli;

import dev.skillbot.catalog.CatalogLoader;
import dev.skillbot.catalog.CatalogLocales;
import dev.skillbot.catalog.LoadResult;
import dev.skillbot.catalog.TranslationCheck;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * {@code validate [DIR] [--missing LOCALE] [--strict]}: exit 0 on a valid catalog, 1 with every problem as
 * {@code file:line: message}. {@code --missing} also lists the texts without that language (and exits 1 when there
 * is one, for a catalog repository's CI); {@code --strict} makes a missing translation in any language an error.
 */
final class ValidateCommand {

    private final PrintStream out;
    private final CatalogLocales locales;
    private final Function<String, Path> catalogPath;

    ValidateCommand(PrintStream out, CatalogLocales locales, Function<String, Path> catalogPath) {
        this.out = out;
        this.locales = locales;
        this.catalogPath = catalogPath;
    }

    int run(String[] args) {
        Optional<String> dirArg = Optional.empty();
        Optional<String> missingLocale = Optional.empty();
        boolean strict = false;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--missing" -> missingLocale = Optional.of(Cli.value(args, ++i, "--missing"));
                case "--strict" -> strict = true;
                default -> {
                    if (args[i].startsWith("-") || dirArg.isPresent()) {
                        throw new UsageException("validate takes at most one directory, --missing LOCALE and --strict");
                    }
                    dirArg = Optional.of(args[i]);
                }
            }
        }
        missingLocale.filter(locale -> !locales.translated().contains(locale)).ifPresent(locale -> {
            throw new UsageException("--missing " + locale + ": not a translated language of this catalog ("
                    + String.join(", ", locales.translated()) + "; set " + Cli.LOCALES_ENV + ")");
        });
        TranslationCheck check = strict
                ? TranslationCheck.strict(locales)
                : missingLocale.map(TranslationCheck::missing).orElse(TranslationCheck.NONE);
        Path dir = catalogPath.apply(dirArg.orElse(null));
        LoadResult result = new CatalogLoader(UnaryOperator.identity(), locales, check).load(dir);
        if (result.catalog().isEmpty()) {
            result.problems().forEach(out::println);
            out.printf(
                    "%s: %d problem%s%n",
                    dir, result.problems().size(), result.problems().size() == 1 ? "" : "s");
            return 1;
        }
        var catalog = result.catalog().get();
        result.missing().forEach(out::println);
        out.printf(
                "%s: valid, %d skills, %d roles, %d levels, %d cells, revision %s%n",
                dir,
                catalog.skills().size(),
                catalog.roles().size(),
                catalog.levels().size(),
                catalog.cellCount(),
                catalog.revision());
        missingLocale.ifPresent(locale -> out.printf(
                "%s: %d text%s without a %s translation%n",
                dir, result.missing().size(), result.missing().size() == 1 ? "" : "s", locale));
        return result.missing().isEmpty() ? 0 : 1;
    }
}
