package dev.skillbot.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The directory a static site is written into, so that it ends up holding exactly the current
 * catalog's site without Skillbot ever deleting a file it did not write. Each run lists the files it
 * wrote in {@value #MANIFEST}; the next run overwrites the pages that are still there and deletes the
 * listed ones that are not (a removed skill's pages), and nothing else. A directory that is not empty
 * and holds no such list is refused: it may be anyone's files.
 */
final class SiteOutput {

    static final String MANIFEST = ".skillbot-site";
    private static final String HEADER =
            "# The files Skillbot's site command wrote here; its next run replaces them and deletes those it no longer writes.";
    /** The only names a site has, so an edited list can never name a file elsewhere for deletion. */
    private static final Pattern SITE_FILE = Pattern.compile(
            "(index|search)\\.html|sitemap\\.xml|assets/[a-z0-9-]+\\.(css|js|svg)|(skills|compare)/[a-z0-9.-]+\\.html");

    private final Path out;
    private final List<String> previous;
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private final AtomicLong bytes = new AtomicLong();

    private SiteOutput(Path out, List<String> previous) {
        this.out = out;
        this.previous = previous;
    }

    /** The directory, created if need be; refused when it holds files that are not an earlier site's. */
    static SiteOutput open(Path out) throws IOException {
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(out + " is not a directory");
        }
        Files.createDirectories(out);
        Path manifest = out.resolve(MANIFEST);
        if (Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            List<String> listed = Files.readAllLines(manifest, StandardCharsets.UTF_8).stream()
                    .filter(line -> SITE_FILE.matcher(line).matches())
                    .toList();
            return new SiteOutput(out, listed);
        }
        try (Stream<Path> entries = Files.list(out)) {
            if (entries.findAny().isPresent()) {
                throw new IOException(out + " is not empty and holds no site Skillbot wrote (no " + MANIFEST
                        + "): write the site to an empty or new directory, or over one this version wrote"
                        + " (a site written by a version without " + MANIFEST + " needs emptying once)");
            }
        }
        return new SiteOutput(out, List.of());
    }

    /** Writes one file of the site ({@code skills/x.html}); never through a symbolic link. */
    void write(String file, byte[] content) {
        Path target = out.resolve(file);
        try {
            Files.createDirectories(target.getParent());
            try (OutputStream stream = Files.newOutputStream(
                    target,
                    LinkOption.NOFOLLOW_LINKS,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE)) {
                stream.write(content);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        written.add(file);
        bytes.addAndGet(content.length);
    }

    void write(String file, String text) {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Deletes the earlier site's files this run did not write, and lists this run's for the next. */
    void finish() throws IOException {
        for (String file : previous) {
            Path stale = out.resolve(file);
            if (!written.contains(file) && Files.isRegularFile(stale, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(stale);
            }
        }
        List<String> lines = new ArrayList<>(List.of(HEADER));
        written.stream().sorted().forEach(lines::add);
        Files.write(out.resolve(MANIFEST), lines, StandardCharsets.UTF_8);
    }

    long bytes() {
        return bytes.get();
    }
}
