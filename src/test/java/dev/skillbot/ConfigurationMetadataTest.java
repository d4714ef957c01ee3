package dev.skillbot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The configuration metadata the build writes (spring-boot-configuration-processor) lets an IDE
 * complete every {@code skillbot.*} key, with what it does: each key has a description, and every
 * key application.yml sets or the code reads is in it.
 */
class ConfigurationMetadataTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(skillbot\\.[a-z0-9.-]+)[:}]");

    private final JsonNode metadata = metadata();
    private final Map<String, JsonNode> properties = StreamSupport.stream(
                    metadata.path("properties").spliterator(), false)
            .filter(property -> property.path("name").asString().startsWith("skillbot."))
            .collect(Collectors.toMap(property -> property.path("name").asString(), property -> property));

    @Test
    void everySkillbotKeyHasADescription() {
        assertThat(properties)
                .containsKeys(
                        "skillbot.suggestions.slack.reviewers",
                        "skillbot.suggestions.discord.review-channel",
                        "skillbot.suggestions.per-user-per-hour",
                        "skillbot.digest.slack-rule",
                        "skillbot.catalog.dir");
        assertThat(properties.values())
                .allSatisfy(property -> assertThat(property.path("description").asString())
                        .as(property.path("name").asString())
                        .isNotBlank());
    }

    /** The review settings' older names, which application.yml maps, complete too. */
    @Test
    void theOlderReviewSettingNamesAreKnown() {
        assertThat(properties)
                .containsKeys(
                        "skillbot.slack.reviewers",
                        "skillbot.slack.review-channel",
                        "skillbot.discord.reviewer-roles",
                        "skillbot.discord.review-channel");
    }

    @Test
    void theDigestSlackRuleOffersItsTwoChoices() {
        JsonNode hint = StreamSupport.stream(metadata.path("hints").spliterator(), false)
                .filter(candidate -> candidate.path("name").asString().equals("skillbot.digest.slack-rule"))
                .findFirst()
                .orElseThrow();
        assertThat(StreamSupport.stream(hint.path("values").spliterator(), false)
                        .map(value -> value.path("value").asString()))
                .containsExactly("anyone", "reviewers");
    }

    @Test
    void everyKeyApplicationYmlSetsIsKnown() throws IOException {
        Set<String> set = new TreeSet<>();
        new YamlPropertySourceLoader()
                .load("application.yml", new ClassPathResource("application.yml"))
                .forEach(source -> set.addAll(List.of(((EnumerablePropertySource<?>) source).getPropertyNames())));
        set.removeIf(key -> !key.startsWith("skillbot."));

        assertThat(set).isNotEmpty();
        assertThat(properties.keySet()).containsAll(set);
    }

    /** A {@code ${skillbot...}} read anywhere in the code (a condition, application.yml) names a known key. */
    @Test
    void everyKeyThatCodeOrApplicationYmlReadsIsKnown() throws IOException {
        Set<String> read = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            files.filter(Files::isRegularFile)
                    .filter(file ->
                            file.toString().endsWith(".java") || file.toString().endsWith(".yml"))
                    .forEach(file -> {
                        Matcher matcher = PLACEHOLDER.matcher(read(file));
                        while (matcher.find()) {
                            read.add(matcher.group(1));
                        }
                    });
        }

        assertThat(read).contains("skillbot.slack.reviewers", "skillbot.catalog.git.url");
        assertThat(properties.keySet()).containsAll(read);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This project's metadata, not that of a Spring Boot jar on the class path. */
    private static JsonNode metadata() {
        try {
            List<URL> found = Collections.list(ConfigurationMetadataTest.class
                    .getClassLoader()
                    .getResources("META-INF/spring-configuration-metadata.json"));
            URL ours = found.stream()
                    .filter(url -> url.getProtocol().equals("file"))
                    .findFirst()
                    .orElseThrow(() ->
                            new AssertionError("no spring-configuration-metadata.json in target/classes: " + found));
            try (InputStream in = ours.openStream()) {
                return JsonMapper.builder().build().readTree(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
