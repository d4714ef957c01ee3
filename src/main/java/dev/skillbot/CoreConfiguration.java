package dev.skillbot;

import dev.skillbot.card.Card;
import dev.skillbot.card.RenderedCards;
import dev.skillbot.catalog.CatalogReloader;
import dev.skillbot.command.AboutInfo;
import dev.skillbot.command.AnswerWarmUp;
import dev.skillbot.command.CommandObserver;
import dev.skillbot.command.CommandPorts;
import dev.skillbot.command.CommandService;
import dev.skillbot.command.Permalinks;
import dev.skillbot.command.SuggestionsView;
import dev.skillbot.concurrent.DaemonThreads;
import dev.skillbot.concurrent.PeriodicTask;
import dev.skillbot.digest.DigestCommandHandler;
import dev.skillbot.digest.LookupCounter;
import dev.skillbot.digest.follow.FollowService;
import dev.skillbot.me.MeCommands;
import dev.skillbot.observability.LogSafe;
import dev.skillbot.suggestion.ProposalService;
import dev.skillbot.web.WebProperties;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CoreConfiguration.class);

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Where cards link to in a browser: {@code SKILLBOT_PUBLIC_URL}, or no links. */
    @Bean
    Permalinks permalinks(WebProperties web) {
        return web.permalinks();
    }

    @Bean
    CommandService commandService(
            CatalogReloader catalogs,
            SuggestionsView suggestions,
            DigestCommandHandler digests,
            LookupCounter lookups,
            CommandObserver observer,
            Supplier<AboutInfo> about,
            ProposalService proposals,
            Permalinks permalinks,
            MeCommands me,
            FollowService follows) {
        CommandService commands = new CommandService(
                catalogs,
                new CommandPorts(suggestions, digests, lookups::record)
                        .withObservability(observer, about)
                        .withPersonal(me)
                        .withFollows(follows),
                permalinks);
        proposals.onChange(commands::forgetCards); // cards show how many suggestions are open
        return commands;
    }

    /** Warms every kind of answer and each platform's drawing in the background once the server is ready. */
    @Bean
    ApplicationListener<ApplicationReadyEvent> answerWarmUp(
            CatalogReloader catalogs, ObjectProvider<RenderedCards<?>> drawings) {
        return ready -> {
            List<Consumer<Card>> drawing = drawings.orderedStream()
                    .<Consumer<Card>>map(cards -> cards::renderUncached)
                    .toList();
            AnswerWarmUp warmUp = new AnswerWarmUp(catalogs, drawing);
            DaemonThreads.start("answer-warm-up", () -> {
                long start = System.nanoTime();
                try {
                    int answered = warmUp.run();
                    log.info(
                            "Warmed up the answer path: {} answers drawn for {} platforms in {} ms",
                            answered,
                            drawing.size(),
                            (System.nanoTime() - start) / 1_000_000);
                } catch (RuntimeException e) {
                    log.warn(
                            "The answer path's warm-up stopped; lookups are answered all the same: {}",
                            LogSafe.escape(e.toString()));
                }
            });
        };
    }

    /**
     * Hands back start-up's memory once the server is first idle, and trims the native heap whenever it
     * is idle again after work ({@link IdleMemoryRelease}; docs/performance.md), unless {@code
     * skillbot.startup.release-memory} is false (the tests: many contexts share one JVM).
     */
    @Bean
    @ConditionalOnBooleanProperty(name = "skillbot.startup.release-memory", matchIfMissing = true)
    PeriodicTask idleMemoryRelease() {
        return new PeriodicTask("memory-release", IdleMemoryRelease.forThisProcess(), Duration.ofSeconds(2));
    }
}
