package dev.skillbot.observability;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.slf4j.MDC;

/**
 * The id of the interaction being handled, in the logging context as {@code requestId}, so every
 * log line of one interaction (and the structured JSON logs) can be told apart. Close it when the
 * interaction's handler returns. Work handed to another thread takes the id along through
 * {@link #carried(Runnable)}.
 */
public final class RequestId implements AutoCloseable {

    public static final String KEY = "requestId";

    private final String previous;

    private RequestId(String id) {
        this.previous = MDC.get(KEY);
        MDC.put(KEY, id);
    }

    /** A fresh id with a platform prefix, such as {@code slack-3f9a1c0d}. */
    public static RequestId start(String prefix) {
        return new RequestId(
                prefix + "-" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 32));
    }

    /** An id the platform already gave the interaction. */
    public static RequestId of(String id) {
        return new RequestId(id);
    }

    /** The task, run under the request id of the thread that wraps it (as it is now), if there is one. */
    public static Runnable carried(Runnable task) {
        String id = MDC.get(KEY);
        if (id == null) {
            return task;
        }
        return () -> {
            try (RequestId ignored = of(id)) {
                task.run();
            }
        };
    }

    /** The same for a callback, such as one a client library runs when a request completes. */
    public static <T> Consumer<T> carried(Consumer<T> callback) {
        String id = MDC.get(KEY);
        if (id == null) {
            return callback;
        }
        return value -> {
            try (RequestId ignored = of(id)) {
                callback.accept(value);
            }
        };
    }

    @Override
    public void close() {
        if (previous == null) {
            MDC.remove(KEY);
        } else {
            MDC.put(KEY, previous);
        }
    }
}
