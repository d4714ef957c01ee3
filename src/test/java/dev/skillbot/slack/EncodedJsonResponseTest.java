package dev.skillbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.bolt.jakarta_servlet.ServletAdapterOps;
import com.slack.api.bolt.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A kept answer is written as its encoded bytes with the status, headers, content type and body that
 * Bolt's servlet adapter writes for the same response; once anything changed the body or the content
 * type, Bolt's adapter writes it.
 */
class EncodedJsonResponseTest {

    /** Not ASCII: a middle dot, an arrow and a tag emoji (a surrogate pair), as cards carry them. */
    private static final String JSON = "{\"text\":\"GitOps · Senior → Lead 🏷 <&>\"}";

    @Test
    void writesTheBytesBoltsAdapterWritesWithTheirLength() throws Exception {
        EncodedJsonResponse encoded = EncodedJson.of(JSON).response();
        encoded.getHeaders().put("X-Added-By-A-Middleware", List.of("one", "two"));
        Response plain = Response.json(200, JSON);
        plain.getHeaders().put("X-Added-By-A-Middleware", List.of("one", "two"));

        MockHttpServletResponse ours = written(encoded);
        MockHttpServletResponse bolts = new MockHttpServletResponse();
        ServletAdapterOps.writeResponse(bolts, plain);

        assertThat(encoded).isEqualTo(plain);
        assertThat(ours.getStatus()).isEqualTo(bolts.getStatus()).isEqualTo(200);
        assertThat(ours.getContentType()).isEqualTo(bolts.getContentType());
        assertThat(ours.getHeaders("X-Added-By-A-Middleware")).containsExactly("one", "two");
        assertThat(ours.getContentAsByteArray())
                .isEqualTo(bolts.getContentAsByteArray())
                .isEqualTo(JSON.getBytes(StandardCharsets.UTF_8));
        assertThat(ours.getContentLength()).isEqualTo(JSON.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void aBodyOrContentTypeChangedAfterwardsIsWrittenByBolt() throws Exception {
        EncodedJsonResponse body = EncodedJson.of(JSON).response();
        body.setBody("{\"text\":\"changed · by a middleware\"}");
        EncodedJsonResponse type = EncodedJson.of(JSON).response();
        type.setContentType("application/json; charset=iso-8859-1");
        type.setBody(JSON.replace("🏷 ", ""));

        assertThat(written(body).getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo("{\"text\":\"changed · by a middleware\"}");
        MockHttpServletResponse latin1 = written(type);
        assertThat(latin1.getContentAsByteArray()).isEqualTo(type.getBody().getBytes(StandardCharsets.ISO_8859_1));
    }

    private static MockHttpServletResponse written(Response response) throws Exception {
        MockHttpServletResponse servlet = new MockHttpServletResponse();
        EncodedJsonResponse.write(servlet, response);
        return servlet;
    }
}
