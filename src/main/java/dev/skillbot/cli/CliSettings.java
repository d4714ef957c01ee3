package dev.skillbot.cli;

import dev.skillbot.digest.DigestProperties;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.RandomValuePropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The server's settings as {@code digest --preview} reads them: the environment variables it was
 * given, over the same {@code application.yml} files (profiles, {@code ./config/} and the rest, as
 * Spring Boot reads them at start-up), bound to the same properties records by Spring's
 * {@link Binder}, so every default (the database, the digest's zone) is the server's, written once.
 */
final class CliSettings {

    private final Binder binder;

    private CliSettings(Binder binder) {
        this.binder = binder;
    }

    static CliSettings of(Map<String, String> env) {
        StandardEnvironment environment = new StandardEnvironment() {
            @Override
            protected void customizePropertySources(MutablePropertySources sources) {
                sources.addLast(new SystemEnvironmentPropertySource(
                        SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new HashMap<>(env)));
            }
        };
        RandomValuePropertySource.addToEnvironment(environment);
        ConfigDataEnvironmentPostProcessor.applyTo(environment);
        return new CliSettings(Binder.get(environment));
    }

    /** {@code skillbot.digest}: {@code SKILLBOT_DIGEST_ZONE} and the rest. */
    DigestProperties digest() {
        return binder.bindOrCreate("skillbot.digest", DigestProperties.class);
    }

    /** {@code spring.datasource}: {@code SPRING_DATASOURCE_URL}, {@code SPRING_DATASOURCE_USERNAME}, {@code SPRING_DATASOURCE_PASSWORD}. */
    Database database() {
        return binder.bindOrCreate("spring.datasource", Database.class);
    }

    /** The server's database, to be read only. */
    record Database(String url, String username, String password) {

        /**
         * The URL, with {@code ;IFEXISTS=TRUE} added to an H2 URL that does not say: a preview reads
         * the server's database and never creates an empty one where the server has not run.
         */
        String readOnlyUrl() {
            String upper = url == null ? "" : url.toUpperCase(Locale.ROOT);
            return upper.startsWith("JDBC:H2:") && !upper.contains(";IFEXISTS=") ? url + ";IFEXISTS=TRUE" : url;
        }
    }
}
