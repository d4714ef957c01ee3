package dev.skillbot.testing;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.CatalogLoader;
import dev.skillbot.catalog.LoadResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * A small catalog for tests ({@code src/test/resources/catalogs/fixture}), so that the product
 * catalog in {@code skills-data/} can change without breaking them. Three domains, three skills:
 * <ul>
 *   <li>{@code canary-releases} (Build &amp; Deploy): the seed skill's shape: roles devops, infra,
 *   platform and sre, 16 cells required and the 4 Principal cells optional, five tags, texts of
 *   their own that name tools (Flagger at Senior infra and Principal platform) and characters
 *   renderers escape ({@code < & → * _});</li>
 *   <li>{@code release-trains} (Delivery) and {@code load-testing} (Operations): roles devops and
 *   sre, texts as {@link #text} says; Principal sre optional, and in load-testing Junior sre
 *   optional too, so its Junior → Middle gap has a newly required cell; load-testing's alias
 *   {@code reliability-testing} holds a role word (sre's alias {@code reliability}).</li>
 * </ul>
 */
public final class FixtureCatalog {

    public static final Path DIR = Path.of("src/test/resources/catalogs/fixture");
    public static final String RELEASE_TRAINS = "release-trains";
    public static final String LOAD_TESTING = "load-testing";
    public static final String CANARY_RELEASES = "canary-releases";

    private FixtureCatalog() {}

    /**
     * A catalog in two languages ({@code src/test/resources/catalogs/bilingual}): {@code gitops-practices} with every
     * text in en and zh-CN except the Principal sre cell (English only), and {@code blue-green} in English only.
     */
    public static final Path BILINGUAL_DIR = Path.of("src/test/resources/catalogs/bilingual");

    public static final String GITOPS = "gitops-practices";
    public static final String BLUE_GREEN = "blue-green";

    public static Catalog bilingual(String revision) {
        LoadResult result = new CatalogLoader(hash -> revision).load(BILINGUAL_DIR);
        return result.catalog()
                .orElseThrow(() -> new IllegalStateException("bilingual catalog invalid: " + result.problems()));
    }

    public static Catalog load() {
        return load(new CatalogLoader());
    }

    /** The fixture with its revision named {@code revision} instead of by its content, for output that must not change with it. */
    public static Catalog load(String revision) {
        return load(new CatalogLoader(hash -> revision));
    }

    private static Catalog load(CatalogLoader loader) {
        LoadResult result = loader.load(DIR);
        return result.catalog()
                .orElseThrow(() -> new IllegalStateException("fixture catalog invalid: " + result.problems()));
    }

    /** The text the fixture gives a cell of release-trains or load-testing, such as "Senior sre plans releases on a fixed train." */
    public static String text(String skill, String level, String role) {
        String capitalised = Character.toUpperCase(level.charAt(0)) + level.substring(1);
        return RELEASE_TRAINS.equals(skill)
                ? capitalised + " " + role + " plans releases on a fixed train."
                : capitalised + " " + role + " runs load tests with k6 before each release.";
    }

    /** A writable copy. */
    public static Path copyTo(Path target) {
        return copy(DIR, target);
    }

    /**
     * The fixture, copied to {@code target}, with Release Trains renamed to {@code id} and its name the id
     * capitalised: a skill called like a command word, a level or a role ("Search", "Lead").
     */
    public static Catalog withSkillCalled(Path target, String id) {
        copyTo(target);
        Path trains = target.resolve("delivery/release-trains.yml");
        try {
            String renamed = Files.readString(trains)
                    .replace("id: release-trains", "id: " + id)
                    .replace("name: Release Trains", "name: " + Character.toUpperCase(id.charAt(0)) + id.substring(1));
            Files.delete(trains);
            Files.writeString(target.resolve("delivery/" + id + ".yml"), renamed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LoadResult result = new CatalogLoader().load(target);
        return result.catalog()
                .orElseThrow(() -> new IllegalStateException("renamed fixture invalid: " + result.problems()));
    }

    /** A writable copy of the catalog in two languages ({@link #BILINGUAL_DIR}). */
    public static Path copyBilingualTo(Path target) {
        return copy(BILINGUAL_DIR, target);
    }

    /** Copies a catalog directory (files and folders) to {@code target}. */
    static Path copy(Path source, Path target) {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path destination = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(file, destination, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A bare repository at {@code bare} whose main branch holds the fixture catalog under {@code catalog/}, as a team's remote. */
    public static Path remote(Path bare) {
        Path seed = bare.resolveSibling(bare.getFileName() + "-seed");
        copyTo(seed.resolve("catalog"));
        PersonIdent maintainer = new PersonIdent("Catalog Maintainer", "maintainer@example.invalid");
        try (Git ignored = Git.init()
                        .setBare(true)
                        .setInitialBranch("main")
                        .setDirectory(bare.toFile())
                        .call();
                Git git = Git.init()
                        .setInitialBranch("main")
                        .setDirectory(seed.toFile())
                        .call()) {
            git.add().addFilepattern(".").call();
            git.commit()
                    .setMessage("Catalog")
                    .setAuthor(maintainer)
                    .setCommitter(maintainer)
                    .setSign(false)
                    .call();
            git.push().setRemote(bare.toUri().toString()).add("main").call();
            return bare;
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A writable copy in a new Git repository (branch main), everything committed. */
    public static Path gitRepository(Path target) {
        copyTo(target);
        try (Git git = Git.init()
                .setDirectory(target.toFile())
                .setInitialBranch("main")
                .call()) {
            git.add().addFilepattern(".").call();
            git.commit()
                    .setMessage("Fixture catalog")
                    .setAuthor("Test", "test@skillbot.invalid")
                    .setCommitter("Test", "test@skillbot.invalid")
                    .setSign(false)
                    .call();
            return target;
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }
}
