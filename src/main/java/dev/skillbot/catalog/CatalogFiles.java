package dev.skillbot.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The YAML files and folders of a catalog directory. Hidden folders such as {@code .git} are never
 * entered, and an entry that vanishes while the tree is walked (JGit's {@code index.lock}, an
 * editor's swap file) is passed over, as if the walk had started a moment later.
 */
public final class CatalogFiles {

    private CatalogFiles() {}

    /** YAML files and the folders that hold them, in a stable order. */
    public static List<Path> yamlFiles(Path dir) throws IOException {
        return seen(dir).stream().map(Seen::file).toList();
    }

    /**
     * A SHA-256 of the paths, sizes and modification times of every YAML file: cheap to compute,
     * changes with any edit, and 64 characters to keep between checks, however large the catalog.
     */
    static String fingerprint(Path dir) throws IOException {
        return listing(dir).fingerprint();
    }

    /** The YAML files in a stable order, and their fingerprint, from one walk of the directory. */
    record Listing(List<Path> files, String fingerprint) {}

    static Listing listing(Path dir) throws IOException {
        List<Seen> seen = seen(dir);
        MessageDigest digest = ContentHash.sha256();
        List<Path> files = new ArrayList<>(seen.size());
        for (Seen entry : seen) {
            files.add(entry.file());
            digest.update((entry.file() + "|" + entry.size() + "|" + entry.modified() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        return new Listing(files, HexFormat.of().formatHex(digest.digest()));
    }

    private record Seen(Path file, long size, long modified) {}

    /** Every YAML file with its size and modification time, in path order. */
    private static List<Seen> seen(Path dir) throws IOException {
        List<Seen> seen = new ArrayList<>();
        walk(
                dir,
                folder -> {},
                (file, attributes) -> seen.add(new Seen(
                        file, attributes.size(), attributes.lastModifiedTime().toMillis())));
        seen.sort((a, b) -> a.file().compareTo(b.file()));
        return seen;
    }

    /** The directory and every visible folder below it. */
    static List<Path> folders(Path dir) throws IOException {
        List<Path> folders = new ArrayList<>();
        walk(dir, folders::add, (file, attributes) -> {});
        return folders;
    }

    static boolean isYaml(Path path) {
        String name = path.getFileName().toString();
        return !name.startsWith(".") && (name.endsWith(".yml") || name.endsWith(".yaml"));
    }

    private static void walk(Path dir, Consumer<Path> folders, BiConsumer<Path, BasicFileAttributes> yamlFiles)
            throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
                if (!folder.equals(dir) && hidden(folder)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                folders.accept(folder);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile() && isYaml(file)) {
                    yamlFiles.accept(file, attributes);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (!file.equals(dir) && (e instanceof NoSuchFileException || hidden(file))) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path folder, IOException e) throws IOException {
                if (e == null || !folder.equals(dir) && e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
    }

    private static boolean hidden(Path path) {
        return path.getFileName().toString().startsWith(".");
    }
}
