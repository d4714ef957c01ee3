package dev.skillbot.observability;

import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.MDC;

/**
 * The id of the interaction being handled, in the logging context as {@code requestId}, so every
 * log line of one interaction (and the structured JSON logs) can be told apart. Close it when the
 * interaction's handler returns.
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
        return new RequestId(prefix + "-" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 32));
    }

    /** An id the platform already gave the interaction. */
    public static RequestId of(String id) {
        return new RequestId(id);
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
