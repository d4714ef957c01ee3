package dev.skillbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.ServletAdapterOps;
import dev.skillbot.http.CachedBodyRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The servlet reads an already-read body without Bolt's reader, and gets exactly the text Bolt's
 * reader gives; and it refuses any request the signature filter did not verify, since Bolt's own
 * check is off.
 */
class SlackEventsBodyTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "command=%2Fskill&text=gitops+senior&response_url=https%3A%2F%2Fhooks.slack.com%2Fx",
                "text=caf%C3%A9+%E2%86%92+lead&command=%2Fskill",
                "payload=%7B%22type%22%3A%22block_actions%22%7D",
                "text=größe ünd €",
                "",
                "line one\nline two\r\nline three\n",
                "ends with a break\n"
            })
    void givesTheTextBoltsOwnReaderGives(String body) throws Exception {
        MockHttpServletRequest raw = new MockHttpServletRequest("POST", SlackConfiguration.EVENTS_PATH);
        raw.setCharacterEncoding("UTF-8");
        CachedBodyRequest request = new CachedBodyRequest(raw, body.getBytes(StandardCharsets.UTF_8));

        assertThat(SlackEventsServlet.body(request)).isEqualTo(ServletAdapterOps.doReadRequestBodyAsString(request));
    }

    @Test
    void refusesARequestNoSignatureCheckSaw() throws Exception {
        App app = new App(AppConfig.builder()
                .singleTeamBotToken("xoxb-test")
                .requestVerificationEnabled(false)
                .build());
        MockHttpServletRequest request = new MockHttpServletRequest("POST", SlackConfiguration.EVENTS_PATH);
        request.setContentType("application/x-www-form-urlencoded");
        request.setContent("command=%2Fskill&text=gitops".getBytes(StandardCharsets.UTF_8));
        MockHttpServletResponse response = new MockHttpServletResponse();

        new SlackEventsServlet(app).doPost(request, response);

        assertThat(response.getStatus()).isEqualTo(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ISO-8859-1", "UTF-8"})
    void decodesWithTheRequestsCharset(String charset) throws Exception {
        MockHttpServletRequest raw = new MockHttpServletRequest("POST", SlackConfiguration.EVENTS_PATH);
        raw.setCharacterEncoding(charset);
        CachedBodyRequest request = new CachedBodyRequest(raw, "text=é".getBytes(charset));

        assertThat(SlackEventsServlet.body(request)).isEqualTo("text=é");
    }
}
