package dev.skillbot;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * README's cache table ("Every cache, in one place"), checked against the code by {@link ArchitectureTest}: every
 * class that builds a Caffeine cache has a row, named in its first cell.
 */
final class ReadmeCacheTable {

    private static final Pattern FIRST_CELL = Pattern.compile("^\\| `(?:\\w+\\.)*(\\w+)`");

    private ReadmeCacheTable() {}

    static void check(JavaClasses mainClasses) throws IOException {
        Set<String> building = new TreeSet<>();
        for (JavaClass type : mainClasses) {
            boolean builds = type.getMethodCallsFromSelf().stream()
                    .anyMatch(call ->
                            call.getTargetOwner().getName().equals("com.github.benmanes.caffeine.cache.Caffeine")
                                    && call.getName().equals("newBuilder"));
            if (builds) {
                building.add(type.getSimpleName().replaceAll("\\$.*", ""));
            }
        }
        assertThat(building).as("classes that build a Caffeine cache").hasSizeGreaterThan(5);
        assertThat(documented(Files.readAllLines(Path.of("README.md"))))
                .as("README's cache table")
                .containsAll(building);
    }

    private static Set<String> documented(List<String> readme) {
        int header = readme.indexOf("| cache | holds | key | kept | cleared by |");
        assertThat(header).as("README's cache table").isNotNegative();
        Set<String> rows = new TreeSet<>();
        for (String line : readme.subList(header + 2, readme.size())) {
            Matcher row = FIRST_CELL.matcher(line);
            if (!line.startsWith("|")) {
                break;
            }
            if (row.find()) {
                rows.add(row.group(1));
            }
        }
        return rows;
    }
}
