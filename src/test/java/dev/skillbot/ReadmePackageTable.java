package dev.skillbot;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * README's package table, checked against the code by {@link ArchitectureTest}: every package has
 * a row, and a package depends on no project package its row does not name.
 */
final class ReadmePackageTable {

    private ReadmePackageTable() {}

    private static final Pattern ROW = Pattern.compile("^\\| ((?:`\\w+`(?:, )?)+) \\| .* \\| (.*) \\|$");
    private static final Pattern NAME = Pattern.compile("`(\\w+)`");

    static void check(JavaClasses mainClasses) throws IOException {
        Map<String, Set<String>> documented = documented(Files.readAllLines(Path.of("README.md")));
        Map<String, Set<String>> actual = actual(mainClasses);

        assertThat(documented.keySet())
                .as("packages with a row in README's package table (the code: %s)", actual)
                .containsAll(actual.keySet());
        actual.forEach((pkg, uses) -> assertThat(documented.get(pkg))
                .as("README's 'depends on' for `%s`", pkg)
                .containsAll(uses));
    }

    /** The rows of the table headed {@code | package | holds | depends on |}. */
    private static Map<String, Set<String>> documented(List<String> readme) {
        Map<String, Set<String>> rows = new TreeMap<>();
        int header = readme.indexOf("| package | holds | depends on |");
        assertThat(header).as("README's package table").isNotNegative();
        for (String line : readme.subList(header + 2, readme.size())) {
            Matcher row = ROW.matcher(line);
            if (!row.matches()) {
                break;
            }
            Set<String> uses = names(row.group(2));
            names(row.group(1)).forEach(pkg -> rows.put(pkg, uses));
        }
        return rows;
    }

    private static Set<String> names(String cell) {
        Set<String> names = new TreeSet<>();
        Matcher name = NAME.matcher(cell);
        while (name.find()) {
            names.add(name.group(1));
        }
        return names;
    }

    /** Top-level package under dev.skillbot -> the other top-level packages its main classes use. */
    private static Map<String, Set<String>> actual(JavaClasses mainClasses) {
        Map<String, Set<String>> uses = new TreeMap<>();
        for (JavaClass type : mainClasses) {
            String from = topLevel(type.getPackageName());
            if (from == null) {
                continue;
            }
            Set<String> targets = uses.computeIfAbsent(from, key -> new TreeSet<>());
            for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                String to = topLevel(dependency.getTargetClass().getPackageName());
                if (to != null && !to.equals(from)) {
                    targets.add(to);
                }
            }
        }
        return uses;
    }

    private static String topLevel(String packageName) {
        if (!packageName.startsWith("dev.skillbot.")) {
            return null;
        }
        String rest = packageName.substring("dev.skillbot.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
