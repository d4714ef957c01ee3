package dev.skillbot.observability;

import dev.skillbot.card.Card;
import dev.skillbot.card.TextCut;
import dev.skillbot.catalog.Keys;
import dev.skillbot.chat.Invocation;
import dev.skillbot.chat.Platform;
import dev.skillbot.command.Command;
import dev.skillbot.command.CommandObserver;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Commands by platform, kind and outcome, their latency as a histogram, and a count of lookups
 * that matched no skill. What was looked up is user text, so it is no metric label: the
 * normalised text goes to {@link UnmatchedLookups}, which the management port shows. The meters of
 * each (platform, card kind) are looked up in the registry once and then held: building and
 * registering them on every answer was most of the core's cost of a cached {@code /skill} answer
 * (docs/performance.md).
 */
public final class MicrometerCommandObserver implements CommandObserver {

    private static final int MAX_QUERY_LENGTH = 40;
    private static final int KINDS = Card.Kind.values().length;

    private final MeterRegistry registry;
    private final Counter unmatched;
    private final UnmatchedLookups unmatchedLookups;
    private final AtomicReferenceArray<Meters> meters = new AtomicReferenceArray<>(Platform.values().length * KINDS);

    private record Meters(Counter commands, Timer latency) {}

    public MicrometerCommandObserver(MeterRegistry registry, UnmatchedLookups unmatchedLookups) {
        this.registry = registry;
        this.unmatchedLookups = unmatchedLookups;
        this.unmatched = Counter.builder("skillbot.lookups.unmatched")
                .description(
                        "Lookups that matched no skill (what was looked up: /actuator/unmatched on the management port)")
                .register(registry);
    }

    @Override
    public void answered(Invocation invocation, Command command, Card card, long nanos) {
        Meters held = meters(invocation.platform(), card.kind());
        held.commands().increment();
        held.latency().record(nanos, TimeUnit.NANOSECONDS);
        unmatchedQuery(command, card).ifPresent(query -> {
            unmatched.increment();
            unmatchedLookups.record(query.substring(0, TextCut.end(query, Math.min(query.length(), MAX_QUERY_LENGTH))));
        });
    }

    /** Registering is idempotent, so two threads racing here get the same meters. */
    private Meters meters(Platform platform, Card.Kind kind) {
        int slot = platform.ordinal() * KINDS + kind.ordinal();
        Meters held = meters.get(slot);
        if (held == null) {
            held = register(platform.name().toLowerCase(Locale.ROOT), kind);
            meters.set(slot, held);
        }
        return held;
    }

    private Meters register(String platform, Card.Kind kind) {
        String kindTag = kind.name().toLowerCase(Locale.ROOT);
        String outcome = switch (kind) {
            case DID_YOU_MEAN -> "unmatched";
            case WHICH_SKILL -> "ambiguous"; // skills matched: the card asks which one was meant
            case ERROR -> "invalid";
            default -> "answered";
        };
        return new Meters(
                Counter.builder("skillbot.commands")
                        .description("Commands answered")
                        .tags("platform", platform, "kind", kindTag, "outcome", outcome)
                        .register(registry),
                Timer.builder("skillbot.command.latency")
                        .description("Time to parse a command and build its card")
                        .tags("platform", platform, "kind", kindTag)
                        .publishPercentileHistogram()
                        .register(registry));
    }

    private static Optional<String> unmatchedQuery(Command command, Card card) {
        if (card.kind() != Card.Kind.DID_YOU_MEAN) {
            return Optional.empty();
        }
        String query = command instanceof Command.Lookup lookup
                ? lookup.skillQuery()
                : command instanceof Command.Compare compare
                        ? compare.skillQuery()
                        : command instanceof Command.CompareWithoutLevels compare
                                ? compare.skillQuery()
                                : command instanceof Command.Suggest suggest ? suggest.skillQuery() : "";
        String normalized = String.join(" ", Keys.words(query));
        return normalized.isEmpty() ? Optional.empty() : Optional.of(normalized);
    }
}
