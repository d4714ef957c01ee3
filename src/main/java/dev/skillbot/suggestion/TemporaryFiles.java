package dev.skillbot.suggestion;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The writer's temporary files: hidden, beside the file they replace (a move within one folder is
 * atomic), and named so that start-up can find and remove any that a crash left behind.
 */
final class TemporaryFiles {

    static final String SUFFIX = ".skillbot-tmp";

    private TemporaryFiles() {}

    static Path beside(Path file) {
        return file.resolveSibling(
                "." + file.getFileName() + "." + UUID.randomUUID().toString().substring(0, 8) + SUFFIX);
    }

    static void moveOver(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Removes leftovers under the catalog directory (hidden folders such as .git are not entered); what was removed. */
    static List<Path> sweep(Path dir) throws IOException {
        List<Path> removed = new ArrayList<>();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
                boolean hidden =
                        !folder.equals(dir) && folder.getFileName().toString().startsWith(".");
                return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                String name = file.getFileName().toString();
                if (name.startsWith(".") && name.endsWith(SUFFIX) && Files.deleteIfExists(file)) {
                    removed.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        return removed;
    }
}
