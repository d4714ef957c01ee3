package dev.skillbot.slack;

import dev.skillbot.SkillbotApplication;
import dev.skillbot.command.CommandObserver;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The whole application, as {@code java -jar} runs it, with Slack on against a {@link FakeSlack},
 * on a random port and its own in-memory database, for tests that close it themselves.
 */
final class SlackApp implements AutoCloseable {

    static final String BOT_TOKEN = "xoxb-test-token";
    static final String APP_TOKEN = "xapp-1-A0APP-1-test";

    private final ConfigurableApplicationContext context;

    private SlackApp(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** HTTP mode; {@code observer}, when not null, replaces the metrics observer of every command answered. */
    static SlackApp http(FakeSlack slack, String signingSecret, CommandObserver observer, String... more) {
        return start(observer, slack, List.of("--skillbot.slack.signing-secret=" + signingSecret), more);
    }

    /** HTTP mode with posting unpaced (a {@link Sleeper} that never waits), for tests that post many messages to one channel. */
    static SlackApp httpUnpaced(FakeSlack slack, String signingSecret, String... more) {
        List<String> arguments = new ArrayList<>(List.of("--skillbot.slack.signing-secret=" + signingSecret));
        return start(
                application -> ((GenericApplicationContext) application)
                        .registerBean("noWaiting", Sleeper.class, () -> duration -> {}),
                slack,
                arguments,
                more);
    }

    static SlackApp socketMode(FakeSlack slack) {
        return start(
                (CommandObserver) null,
                slack,
                List.of("--skillbot.slack.app-token=" + APP_TOKEN, "--skillbot.slack.signing-secret="));
    }

    private static SlackApp start(CommandObserver observer, FakeSlack slack, List<String> mode, String... more) {
        return start(
                observer == null
                        ? null
                        : application -> ((GenericApplicationContext) application)
                                .registerBean(
                                        "testObserver",
                                        CommandObserver.class,
                                        () -> observer,
                                        definition -> definition.setPrimary(true)),
                slack,
                mode,
                more);
    }

    private static SlackApp start(
            ApplicationContextInitializer<ConfigurableApplicationContext> extra,
            FakeSlack slack,
            List<String> mode,
            String... more) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--skillbot.slack.bot-token=" + BOT_TOKEN,
                "--skillbot.slack.api-url=" + slack.apiUrl(),
                "--skillbot.digest.tick=1h"));
        arguments.addAll(mode);
        arguments.addAll(List.of(more));
        SpringApplicationBuilder builder = new SpringApplicationBuilder(SkillbotApplication.class);
        if (extra != null) {
            builder.initializers(extra);
        }
        return new SlackApp(builder.run(arguments.toArray(String[]::new)));
    }

    int port() {
        return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    /** Waits until every follow-up handed over so far (answers, Home tabs published) has run. */
    void settled() {
        AfterAckExecutor afterAck = bean(AfterAckExecutor.class);
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .until(() -> afterAck.unfinished() == 0);
    }

    /**
     * Once {@link #settled}, the last Home tab {@code slack} saw published for {@code user} after its first
     * {@code before} calls to views.publish; empty when there was none.
     */
    java.util.Optional<SlackMessageJson> lastHomeOf(FakeSlack slack, String user, long before) {
        settled();
        return slack.requests("/api/views.publish").stream()
                .skip(before)
                .filter(published -> user.equals(published.form().get("user_id")))
                .map(published -> SlackMessageJson.parse(published.form().get("view")))
                .reduce((first, last) -> last);
    }

    /** What the actuator answers at {@code path}, on its own port when it has one (management.server.port). */
    JsonNode actuator(String path) throws IOException, InterruptedException {
        int port = context.getEnvironment().getProperty("local.management.port", Integer.class, port());
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return SlackMessageJson.parse(response.body()).node();
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    ConfigurableApplicationContext context() {
        return context;
    }

    @Override
    public void close() {
        context.close();
    }
}
