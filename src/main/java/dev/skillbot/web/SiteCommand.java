package dev.skillbot.web;

import dev.skillbot.catalog.CatalogLoader;
import dev.skillbot.catalog.CatalogProperties;
import dev.skillbot.catalog.LoadResult;
import dev.skillbot.catalog.ProblemReport;
import dev.skillbot.command.Permalinks;
import dev.skillbot.i18n.ReaderLanguage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * {@code java -jar skillbot.jar site --out DIR [--catalog DIR] [--locale en|zh-CN] [--base-url URL]}:
 * the static site of a catalog, without starting Spring. Exit 0 when written, 1 when the catalog is
 * invalid, 2 on a usage error.
 */
public final class SiteCommand {

    public static final String NAME = "site";
    public static final String USAGE =
            "java -jar target/skillbot.jar site --out DIR [--catalog DIR] [--locale en|zh-CN] [--base-url URL]";

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;

    public SiteCommand(PrintStream out, PrintStream err, Map<String, String> env) {
        this.out = out;
        this.err = err;
        this.env = env;
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && args[0].equals(NAME);
    }

    public int run(String[] args) {
        Optional<String> outDir = Optional.empty();
        Optional<String> catalogDir = Optional.empty();
        String locale = "en";
        Optional<String> baseUrl =
                Optional.ofNullable(env.get("SKILLBOT_PUBLIC_URL")).filter(url -> !url.isBlank());
        String baseUrlFrom = "SKILLBOT_PUBLIC_URL";
        try {
            for (int i = 1; i < args.length; i++) {
                switch (args[i]) {
                    case "--out" -> outDir = Optional.of(value(args, ++i));
                    case "--catalog" -> catalogDir = Optional.of(value(args, ++i));
                    case "--locale" -> locale = value(args, ++i);
                    case "--base-url" -> {
                        baseUrl = Optional.of(value(args, ++i));
                        baseUrlFrom = "--base-url";
                    }
                    default -> throw new IllegalArgumentException("unknown site option '" + args[i] + "'");
                }
            }
            if (outDir.isEmpty()) {
                throw new IllegalArgumentException("site needs --out DIR");
            }
            if (ReaderLanguage.supported(locale).isEmpty()) {
                throw new IllegalArgumentException(
                        "--locale '" + locale + "' is not a language of the site: en or zh-CN");
            }
            if (baseUrl.isPresent()) {
                try {
                    Permalinks.of(baseUrl.get()); // an address that is no web address is refused here
                } catch (IllegalArgumentException e) {
                    // named as it was given: a --base-url is not the variable Permalinks names
                    throw new IllegalArgumentException(e.getMessage().replace("SKILLBOT_PUBLIC_URL", baseUrlFrom));
                }
            }
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println("usage: " + USAGE);
            return 2;
        }
        Path catalogPath =
                Path.of(catalogDir.orElse(env.getOrDefault("SKILLBOT_CATALOG_DIR", CatalogProperties.DEFAULT_DIR)));
        LoadResult loaded = new CatalogLoader().load(catalogPath);
        if (loaded.catalog().isEmpty()) {
            ProblemReport.lines(catalogPath, loaded.problems()).forEach(err::println);
            return 1;
        }
        try {
            long start = System.nanoTime();
            StaticSite.Written written = new StaticSite(PageRenderer.precompiled())
                    .write(
                            loaded.catalog().get(),
                            Path.of(outDir.get()),
                            ReaderLanguage.supported(locale).orElseThrow(),
                            baseUrl);
            out.printf(
                    "%s: %d pages, %d KB, in %d ms%n",
                    outDir.get(), written.pages(), written.bytes() / 1024, (System.nanoTime() - start) / 1_000_000);
            return 0;
        } catch (IOException e) {
            err.println("Could not write the site to " + outDir.get() + ": " + e.getMessage());
            return 1;
        }
    }

    private static String value(String[] args, int index) {
        if (index >= args.length) {
            throw new IllegalArgumentException(args[index - 1] + " needs a value");
        }
        return args[index];
    }
}
