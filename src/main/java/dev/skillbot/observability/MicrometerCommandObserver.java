package dev.skillbot.observability;

import dev.skillbot.card.Card;
import dev.skillbot.catalog.Keys;
import dev.skillbot.command.Command;
import dev.skillbot.command.CommandObserver;
import dev.skillbot.command.Invocation;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Commands by platform, kind and outcome, their latency as a histogram, and lookups that matched
 * no skill, tagged with the normalised text. The set of query tags is bounded so that odd input
 * cannot grow the metrics without end; past the bound the tag is {@code other}.
 */
public final class MicrometerCommandObserver implements CommandObserver {

    static final int MAX_QUERY_TAGS = 100;
    private static final int MAX_QUERY_LENGTH = 40;

    private final MeterRegistry registry;
    private final Set<String> queryTags = ConcurrentHashMap.newKeySet();

    public MicrometerCommandObserver(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void answered(Invocation invocation, Command command, Card card, long nanos) {
        String platform = invocation.platform().name().toLowerCase(Locale.ROOT);
        String kind = card.kind().name().toLowerCase(Locale.ROOT);
        String outcome = switch (card.kind()) {
            case DID_YOU_MEAN -> "unmatched";
            case ERROR -> "invalid";
            default -> "answered";
        };
        Counter.builder("skillbot.commands").description("Commands answered")
                .tags("platform", platform, "kind", kind, "outcome", outcome).register(registry).increment();
        Timer.builder("skillbot.command.latency").description("Time to parse a command and build its card")
                .tags("platform", platform, "kind", kind).publishPercentileHistogram()
                .register(registry).record(nanos, TimeUnit.NANOSECONDS);
        unmatchedQuery(command, card).ifPresent(query -> Counter.builder("skillbot.lookups.unmatched")
                .description("Lookups that matched no skill: what people look for and do not find")
                .tag("query", boundedTag(query)).register(registry).increment());
    }

    private static java.util.Optional<String> unmatchedQuery(Command command, Card card) {
        if (card.kind() != Card.Kind.DID_YOU_MEAN) {
            return java.util.Optional.empty();
        }
        String query = command instanceof Command.Lookup lookup ? lookup.skillQuery()
                : command instanceof Command.Compare compare ? compare.skillQuery()
                : command instanceof Command.Suggest suggest ? suggest.skillQuery() : "";
        String normalized = String.join(" ", Keys.words(query));
        return normalized.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(normalized);
    }

    private String boundedTag(String query) {
        String tag = query.length() <= MAX_QUERY_LENGTH ? query : query.substring(0, MAX_QUERY_LENGTH);
        if (queryTags.contains(tag) || (queryTags.size() < MAX_QUERY_TAGS && queryTags.add(tag))) {
            return tag;
        }
        return "other";
    }
}
