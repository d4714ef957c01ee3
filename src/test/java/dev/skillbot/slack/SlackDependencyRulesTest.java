package dev.skillbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One OkHttp on the classpath: Slack's SDK and JDA would otherwise bring two different ones (the package rules are in ArchitectureTest). */
class SlackDependencyRulesTest {

    @Test
    void exactlyOneOkHttpIsOnTheClasspath() throws IOException {
        List<URL> copies = Collections.list(getClass().getClassLoader().getResources("okhttp3/OkHttpClient.class"));

        assertThat(copies)
                .as("okhttp3.OkHttpClient should come from JDA's okhttp-jvm only")
                .singleElement()
                .asString()
                .contains("okhttp-jvm");
    }
}
