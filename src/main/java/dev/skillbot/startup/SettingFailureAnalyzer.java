package dev.skillbot.startup;

import dev.skillbot.gitops.MaskedUrls;
import dev.skillbot.persistence.DatabaseErrors;
import java.util.regex.Pattern;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * A setting that cannot work, reported by Skillbot's own message, which names its variable: a Git
 * remote that cannot be cloned ({@code SKILLBOT_CATALOG_GIT_URL}), an SSH key, a missing Slack secret.
 * The deepest such message is the original one; the wrappers around it only repeat it.
 */
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public final class SettingFailureAnalyzer implements FailureAnalyzer {

    private static final Pattern VARIABLE =
            Pattern.compile("\\b(SKILLBOT|SLACK|DISCORD|SPRING_DATASOURCE)_[A-Z0-9_]*[A-Z0-9]\\b");

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        Throwable named = null;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && VARIABLE.matcher(t.getMessage()).find()) {
                named = t;
            }
        }
        if (named == null) {
            return null;
        }
        return new FailureAnalysis(
                MaskedUrls.in(DatabaseErrors.oneLine(named)),
                "Fix the variable named above, then start Skillbot again.",
                failure);
    }
}
