package dev.skillbot.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
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

    @Test
    void workHandedToAnotherThreadRunsUnderTheIdItWasHandedOverWith() throws Exception {
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            CompletableFuture<String> task = new CompletableFuture<>();
            CompletableFuture<String> callback = new CompletableFuture<>();
            Runnable carried;
            Consumer<String> carriedCallback;
            try (RequestId ignored = RequestId.of("slack-5eed")) {
                carried = RequestId.carried(() -> task.complete(MDC.get(RequestId.KEY)));
                carriedCallback = RequestId.carried(value -> callback.complete(value + " " + MDC.get(RequestId.KEY)));
            }

            other.execute(carried);
            other.execute(() -> carriedCallback.accept("done"));

            assertThat(task.get(5, TimeUnit.SECONDS)).isEqualTo("slack-5eed");
            assertThat(callback.get(5, TimeUnit.SECONDS)).isEqualTo("done slack-5eed");
            assertThat(other.submit(() -> MDC.get(RequestId.KEY)).get(5, TimeUnit.SECONDS))
                    .as("the worker is left clean")
                    .isNull();
        } finally {
            other.shutdownNow();
        }
    }
}
