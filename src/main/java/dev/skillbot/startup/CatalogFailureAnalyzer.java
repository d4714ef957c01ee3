package dev.skillbot.startup;

import dev.skillbot.catalog.InvalidCatalogException;
import dev.skillbot.catalog.Problem;
import dev.skillbot.catalog.ProblemReport;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/** The catalog could not be loaded at start-up: {@code SKILLBOT_CATALOG_DIR}, and the problems found. */
@Order(Ordered.HIGHEST_PRECEDENCE)
public final class CatalogFailureAnalyzer extends AbstractFailureAnalyzer<InvalidCatalogException> {

    static final int PROBLEMS_SHOWN = 20;

    @Override
    protected FailureAnalysis analyze(Throwable failure, InvalidCatalogException cause) {
        List<Problem> problems = cause.problems();
        if (ProblemReport.onlyNoSuchDirectory(problems)) {
            return new FailureAnalysis(
                    "SKILLBOT_CATALOG_DIR: there is no catalog in "
                            + cause.dir().toAbsolutePath() + ": no such directory.",
                    "Set SKILLBOT_CATALOG_DIR to the folder that holds the catalog (domains.yml, levels.yml, roles.yml"
                            + " and the skill files), or SKILLBOT_CATALOG_GIT_URL to the repository it is kept in.",
                    failure);
        }
        String listed = problems.stream()
                .limit(PROBLEMS_SHOWN)
                .map(problem -> "    " + problem)
                .collect(Collectors.joining(System.lineSeparator()));
        String more = problems.size() > PROBLEMS_SHOWN
                ? System.lineSeparator() + "    … and " + (problems.size() - PROBLEMS_SHOWN) + " more"
                : "";
        String description = "SKILLBOT_CATALOG_DIR: the catalog in "
                + cause.dir().toAbsolutePath() + " is invalid (" + problems.size()
                + (problems.size() == 1 ? " problem):" : " problems):") + System.lineSeparator() + listed + more;
        String action = "Fix the files listed (java -jar skillbot.jar validate " + cause.dir()
                + " lists the same problems), or set"
                + " SKILLBOT_CATALOG_DIR to a valid catalog. With SKILLBOT_CATALOG_GIT_URL, fix the catalog in that repository"
                + " (SKILLBOT_CATALOG_GIT_PATH is its folder there).";
        return new FailureAnalysis(description, action, failure);
    }
}
