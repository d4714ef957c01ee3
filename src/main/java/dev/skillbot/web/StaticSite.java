package dev.skillbot.web;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.Level;
import dev.skillbot.catalog.Skill;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
 * works from {@code file://} and from any sub-path of a host. Pages are rendered on every core. The
 * directory ends up holding exactly this catalog's site ({@link SiteOutput}).
 */
public final class StaticSite {

    /** What was written, for the command's one-line report. */
    public record Written(int pages, long bytes) {}

    private final PageRenderer renderer;
    private final ContentText content;

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
        try {
            return writeSite(catalog, out, lang, baseUrl);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private Written writeSite(Catalog catalog, Path out, String lang, Optional<String> baseUrl) throws IOException {
        Labels t = Labels.of(lang);
        SiteOutput site = SiteOutput.open(out);
        List<String> pages = new ArrayList<>();
        PageBuilders builders = new PageBuilders(content);
        Page root = page(t, SiteLinks.atRoot(), t.get("title.catalog"), catalog);
        site.write("index.html", renderer.catalog(builders.catalog(catalog, root)));
        pages.add("index.html");
        Page searchPage = page(t, SiteLinks.atRoot(), t.get("title.search"), catalog);
        site.write("search.html", renderer.search(builders.search(catalog, searchPage, ""), true));
        pages.add("search.html");
        copyAsset("skillbot.css", site);
        copyAsset("search.js", site);
        copyAsset("favicon.svg", site);
        site.write("assets/search-index.js", SearchIndex.script(catalog, t, content));
        pages.addAll(skillPages(catalog, site, t));
        site.write("sitemap.xml", Sitemap.xml(pages, baseUrl));
        site.finish();
        return new Written(pages.size(), site.bytes());
    }

    /** Every skill page and its neighbouring comparisons, rendered in parallel; the file names in catalog order. */
    private List<String> skillPages(Catalog catalog, SiteOutput site, Labels t) throws IOException {
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
                    site.write(
                            file, renderer.skill(builder.build(catalog, skill, page, SkillPages.Query.NONE, notHere)));
                    files.add(file);
                    for (int i = 0; i + 1 < levels.size(); i++) {
                        String from = levels.get(i).id();
                        String to = levels.get(i + 1).id();
                        String compare = SiteLinks.compareFile(skill.id(), from, to);
                        site.write(
                                compare,
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

    private static void copyAsset(String name, SiteOutput site) throws IOException {
        try (InputStream in = StaticSite.class.getResourceAsStream("/static/assets/" + name)) {
            if (in == null) {
                throw new IOException("asset missing from the jar: " + name);
            }
            site.write("assets/" + name, in.readAllBytes());
        }
    }
}
