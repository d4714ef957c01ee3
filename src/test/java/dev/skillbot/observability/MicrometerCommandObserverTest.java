package dev.skillbot.observability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.card.Card;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.chat.Invocation;
import dev.skillbot.chat.Platform;
import dev.skillbot.command.Command;
import dev.skillbot.command.CommandPorts;
import dev.skillbot.command.CommandService;
import dev.skillbot.testing.FixtureCatalog;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The meters are held per (platform, card kind) after the first answer; each answer still lands on its own pair's meters. */
class MicrometerCommandObserverTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final MicrometerCommandObserver observer =
            new MicrometerCommandObserver(registry, new UnmatchedLookups(10));

    @Test
    void eachPlatformAndKindCountsItsOwnAnswersAndLatencies() {
        answer(Platform.SLACK, Card.Kind.LEVEL, 1_000_000);
        answer(Platform.SLACK, Card.Kind.LEVEL, 3_000_000);
        answer(Platform.DISCORD, Card.Kind.LEVEL, 2_000_000);
        answer(Platform.SLACK, Card.Kind.ERROR, 5_000_000);

        assertThat(commands("slack", "level", "answered")).isEqualTo(2);
        assertThat(commands("discord", "level", "answered")).isEqualTo(1);
        assertThat(commands("slack", "error", "invalid")).isEqualTo(1);
        assertThat(registry.find("skillbot.commands")
                        .tags("platform", "discord", "kind", "error")
                        .counter())
                .isNull();
        assertThat(registry.get("skillbot.command.latency")
                        .tags("platform", "slack", "kind", "level")
                        .timer()
                        .totalTime(TimeUnit.MILLISECONDS))
                .isEqualTo(4.0);
        assertThat(registry.get("skillbot.command.latency")
                        .tags("platform", "discord", "kind", "level")
                        .timer()
                        .count())
                .isEqualTo(1);
    }

    @Test
    void anUnmatchedLookupIsCountedAsUnmatchedAndItsTextKept() {
        UnmatchedLookups lookups = new UnmatchedLookups(10);
        MicrometerCommandObserver withLookups = new MicrometerCommandObserver(registry, lookups);

        withLookups.answered(
                invocation(Platform.SLACK),
                new Command.Lookup("Kuberntes", Optional.empty(), Optional.empty()),
                card(Card.Kind.DID_YOU_MEAN),
                1);

        assertThat(commands("slack", "did_you_mean", "unmatched")).isEqualTo(1);
        assertThat(registry.get("skillbot.lookups.unmatched").counter().count()).isEqualTo(1);
        assertThat(lookups.top(1)).extracting(UnmatchedLookups.Entry::text).containsExactly("kuberntes");
    }

    /**
     * Words naming two skills ("canary trains") were counted as an unmatched lookup and listed for reviewers as what
     * the catalog lacks; the card asks which of the two was meant: its own kind and outcome, and no unmatched text.
     */
    @Test
    void wordsNamingTwoSkillsAreAQuestionNotAnUnmatchedLookup() {
        UnmatchedLookups lookups = new UnmatchedLookups(10);
        Catalog catalog = FixtureCatalog.load();
        CommandService service = new CommandService(
                () -> catalog,
                CommandPorts.NONE.withObservability(new MicrometerCommandObserver(registry, lookups), () -> null));

        service.answer(invocation(Platform.SLACK), "canary trains senior");
        service.answer(invocation(Platform.SLACK), "lod testng tools");

        assertThat(commands("slack", "which_skill", "ambiguous")).isEqualTo(1);
        assertThat(commands("slack", "did_you_mean", "unmatched")).isEqualTo(1);
        assertThat(registry.get("skillbot.lookups.unmatched").counter().count()).isEqualTo(1);
        assertThat(lookups.top(5)).extracting(UnmatchedLookups.Entry::text).containsExactly("lod testng tools");
    }

    private void answer(Platform platform, Card.Kind kind, long nanos) {
        observer.answered(invocation(platform), new Command.Help(), card(kind), nanos);
    }

    private double commands(String platform, String kind, String outcome) {
        return registry.get("skillbot.commands")
                .tags("platform", platform, "kind", kind, "outcome", outcome)
                .counter()
                .count();
    }

    private static Invocation invocation(Platform platform) {
        return new Invocation(platform, "w", "c", "u", "en", Invocation.Origin.COMMAND);
    }

    private static Card card(Card.Kind kind) {
        return new Card(kind, "title", List.of(), List.of(), List.of(), List.of(), "fallback");
    }
}
