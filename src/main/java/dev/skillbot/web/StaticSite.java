package dev.skillbot.web;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.Level;
import dev.skillbot.catalog.Skill;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes the catalog's pages as static files, for a catalog repository's CI to publish: the
 * catalog, a page per skill, a page per comparison of two neighbouring levels (the comparison only:
 * the matrix is on the skill's page, and repeating it would quadruple the site), the search page
 * with its index and script, the stylesheet and a sitemap. Every link is relative, so the site
 * works from {@code file://} and from any sub-path of a host. Pages are rendered on every core.
 */
public final class StaticSite {

    /** What was written, for the command's one-line report. */
    public record Written(int pages, long bytes) {}

    private final PageRenderer renderer;
    private final ContentText content;
    private final java.util.concurrent.atomic.AtomicLong written = new java.util.concurrent.atomic.AtomicLong();

    public StaticSite(PageRenderer renderer) {
        this(renderer, ContentText.IN_PAGE_LANGUAGE);
    }

    StaticSite(PageRenderer renderer, ContentText content) {
        this.renderer = renderer;
        this.content = content;
    }

    /**
     * @param baseUrl the address the site will be published at (for the sitemap's absolute addresses), or empty
     */
    public Written write(Catalog catalog, Path out, String lang, Optional<String> baseUrl) throws IOException {
        Labels t = Labels.of(lang);
        Files.createDirectories(out.resolve("skills"));
        Files.createDirectories(out.resolve("compare"));
        Files.createDirectories(out.resolve("assets"));
        List<String> pages = new ArrayList<>();
        PageBuilders builders = new PageBuilders(content);
        Page root = page(t, SiteLinks.atRoot(), t.get("title.catalog"), catalog);
        write(out.resolve("index.html"), renderer.catalog(builders.catalog(catalog, root)));
        pages.add("index.html");
        Page searchPage = page(t, SiteLinks.atRoot(), t.get("title.search"), catalog);
        write(out.resolve("search.html"), renderer.search(builders.search(catalog, searchPage, ""), true));
        pages.add("search.html");
        copyAsset("skillbot.css", out);
        copyAsset("search.js", out);
        copyAsset("favicon.svg", out);
        write(out.resolve("assets/search-index.js"), SearchIndex.script(catalog, t, content));
        pages.addAll(skillPages(catalog, out, t));
        write(out.resolve("sitemap.xml"), Sitemap.xml(pages, baseUrl));
        return new Written(pages.size(), written.get());
    }

    /** Every skill page and its neighbouring comparisons, rendered in parallel; the file names in catalog order. */
    private List<String> skillPages(Catalog catalog, Path out, Labels t) throws IOException {
        SkillPages builder = new SkillPages(content);
        SkillPage.Proposals notHere = new SkillPage.Proposals(SkillPage.Proposals.State.NOT_HERE, List.of());
        List<Level> levels = catalog.levels();
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            List<Future<List<String>>> done = new ArrayList<>();
            for (Skill skill : catalog.skills()) {
                done.add(pool.submit(() -> {
                    List<String> files = new ArrayList<>();
                    Page page = page(t, SiteLinks.oneDown(), builder.title(skill, t), catalog);
                    String file = SiteLinks.skillFile(skill.id());
                    write(
                            out.resolve(file),
                            renderer.skill(builder.build(catalog, skill, page, SkillPages.Query.NONE, notHere)));
                    files.add(file);
                    for (int i = 0; i + 1 < levels.size(); i++) {
                        String from = levels.get(i).id();
                        String to = levels.get(i + 1).id();
                        String compare = SiteLinks.compareFile(skill.id(), from, to);
                        write(
                                out.resolve(compare),
                                renderer.skill(builder.build(
                                                catalog,
                                                skill,
                                                page,
                                                new SkillPages.Query(null, null, from, to),
                                                notHere)
                                        .withoutMatrix()));
                        files.add(compare);
                    }
                    return files;
                }));
            }
            List<String> files = new ArrayList<>();
            for (Future<List<String>> each : done) {
                files.addAll(each.get());
            }
            return files;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the site", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof UncheckedIOException io ? io.getCause() : new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Page page(Labels t, Links links, String title, Catalog catalog) {
        return new Page(t, links, title, catalog.revision(), null, null, null);
    }

    private void copyAsset(String name, Path out) throws IOException {
        try (InputStream in = StaticSite.class.getResourceAsStream("/static/assets/" + name)) {
            if (in == null) {
                throw new IOException("asset missing from the jar: " + name);
            }
            byte[] bytes = in.readAllBytes();
            Files.write(out.resolve("assets").resolve(name), bytes);
            written.addAndGet(bytes.length);
        }
    }

    private void write(Path file, String text) {
        try {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            Files.write(file, bytes);
            written.addAndGet(bytes.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
