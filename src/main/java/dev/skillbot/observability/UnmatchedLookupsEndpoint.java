package dev.skillbot.observability;

import java.time.Instant;
import java.util.List;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * {@code GET /actuator/unmatched} on the management port: the lookups that matched no skill most
 * often since this process started, as users typed them (normalised). It is demand for the
 * catalog's reviewers, and user text, so it is kept off the metrics and the public port.
 */
@Endpoint(id = "unmatched")
public final class UnmatchedLookupsEndpoint {

    static final int SHOWN = 50;

    /** What the endpoint answers. */
    public record Report(String since, int kept, List<UnmatchedLookups.Entry> lookups) {}

    private final UnmatchedLookups lookups;
    private final Instant since;

    public UnmatchedLookupsEndpoint(UnmatchedLookups lookups, Instant since) {
        this.lookups = lookups;
        this.since = since;
    }

    @ReadOperation
    public Report report() {
        return new Report(since.toString(), lookups.capacity(), lookups.top(SHOWN));
    }
}
