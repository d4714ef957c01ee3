package dev.skillbot.startup;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * A {@code skillbot.*} setting with a closed set of choices (an enum, such as
 * {@code SKILLBOT_DIGEST_SLACK_RULE}) set to something else: its variable, the value and the
 * choices, as they are written in the documentation.
 */
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
public final class ChoiceFailureAnalyzer extends AbstractFailureAnalyzer<BindException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BindException cause) {
        ConfigurationProperty property = cause.getProperty();
        Class<?> type = cause.getTarget().getType().resolve();
        if (property == null
                || type == null
                || !type.isEnum()
                || !property.getName().toString().startsWith("skillbot.")) {
            return null;
        }
        String variable = property.getName()
                .toString()
                .toUpperCase(Locale.ROOT)
                .replace('.', '_')
                .replace('-', '_');
        String choices = choices(type);
        return new FailureAnalysis(
                variable + " must be " + choices + ", not '" + property.getValue() + "'.",
                "Set " + variable + " to " + choices + ", or leave it unset, then start Skillbot again.",
                rootFailure);
    }

    /** {@code anyone or reviewers}: the constants in lower case, as the settings are written. */
    static String choices(Class<?> type) {
        List<String> names = Arrays.stream(type.getEnumConstants())
                .map(constant -> ((Enum<?>) constant).name().toLowerCase(Locale.ROOT))
                .toList();
        return names.size() == 1
                ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}
