package dev.skillbot.observability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class RequestIdTest {

    @Test
    void setsTheIdForTheInteractionAndRestoresWhatWasThere() {
        try (RequestId outer = RequestId.of("discord-123")) {
            assertThat(MDC.get(RequestId.KEY)).isEqualTo("discord-123");
            try (RequestId inner = RequestId.start("slack")) {
                assertThat(MDC.get(RequestId.KEY)).matches("slack-[0-9a-f]{1,8}");
            }
            assertThat(MDC.get(RequestId.KEY)).isEqualTo("discord-123");
        }
        assertThat(MDC.get(RequestId.KEY)).isNull();
    }
}
