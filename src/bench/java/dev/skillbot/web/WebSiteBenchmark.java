package dev.skillbot.web;

import dev.skillbot.bench.Fixtures;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.CatalogLoader;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.springframework.util.FileSystemUtils;

/**
 * A run, not a test: the seed skill's page weight (the bundled catalog's GitOps Practices page as
 * served, plus the stylesheet it loads) and the time {@code site --out} takes for a synthetic
 * catalog (10,000 skills by default), loading included, in this fresh JVM. Prints one line each.
 */
public final class WebSiteBenchmark {

    private WebSiteBenchmark() {}

    public static void main(String[] args) throws Exception {
        int skills = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Catalog bundled =
                new CatalogLoader().load(Path.of("skills-data")).catalog().orElseThrow();
        int html = new Pages(bundled)
                .skill("gitops-practices", "en", null, null, null, null)
                .getBytes(StandardCharsets.UTF_8)
                .length;
        int css;
        try (InputStream in = WebSiteBenchmark.class.getResourceAsStream("/static/assets/skillbot.css")) {
            css = in.readAllBytes().length;
        }
        System.out.printf(Locale.ROOT, "seed page weight: %d bytes (html %d, css %d)%n", html + css, html, css);

        Path catalog = Fixtures.catalogDir(skills);
        Path out = Files.createTempDirectory("skillbot-site-bench-");
        try {
            ByteArrayOutputStream report = new ByteArrayOutputStream();
            long start = System.nanoTime();
            int exit = new SiteCommand(new PrintStream(report, true, StandardCharsets.UTF_8), System.err, Map.of())
                    .run(new String[] {"site", "--out", out.toString(), "--catalog", catalog.toString()});
            double seconds = (System.nanoTime() - start) / 1e9;
            if (exit != 0) {
                throw new IllegalStateException("site exited " + exit);
            }
            System.out.printf(
                    Locale.ROOT,
                    "static site: %d skills in %.2f s (%s)%n",
                    skills,
                    seconds,
                    report.toString(StandardCharsets.UTF_8).strip());
        } finally {
            FileSystemUtils.deleteRecursively(out);
        }
    }
}
