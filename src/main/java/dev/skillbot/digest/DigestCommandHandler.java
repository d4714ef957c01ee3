package dev.skillbot.digest;

import dev.skillbot.card.Card;
import dev.skillbot.card.Mention;
import dev.skillbot.card.Section;
import dev.skillbot.card.TextCut;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.Keys;
import dev.skillbot.chat.Invocation;
import dev.skillbot.command.Command;
import dev.skillbot.command.DigestCommands;
import dev.skillbot.i18n.MessageKey;
import dev.skillbot.i18n.Messages;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.scheduling.support.CronExpression;

/** {@code digest subscribe [domain|skill]}, {@code digest unsubscribe} and {@code digest preview} for the current channel. */
public final class DigestCommandHandler implements DigestCommands {

    private final Subscriptions subscriptions;
    private final DigestService digests;
    private final Clock clock;
    private final CronExpression schedule;
    private final SubscriptionAnnouncer announcer;

    public DigestCommandHandler(
            Subscriptions subscriptions, DigestService digests, Clock clock, CronExpression schedule) {
        this(subscriptions, digests, clock, schedule, SubscriptionAnnouncer.NONE);
    }

    public DigestCommandHandler(
            Subscriptions subscriptions,
            DigestService digests,
            Clock clock,
            CronExpression schedule,
            SubscriptionAnnouncer announcer) {
        this.subscriptions = subscriptions;
        this.digests = digests;
        this.clock = clock;
        this.schedule = schedule;
        this.announcer = announcer;
    }

    @Override
    public Card handle(Command.Digest command, Invocation invocation, Catalog catalog, Messages messages) {
        try {
            return switch (command.action()) {
                case PREVIEW -> preview(command.scopeQuery(), invocation, catalog, messages);
                case SUBSCRIBE -> subscribe(command.scopeQuery(), invocation, catalog, messages);
                case UNSUBSCRIBE -> unsubscribe(invocation, messages);
            };
        } catch (RuntimeException e) {
            return notice(messages.get(MessageKey.DIGEST_UNAVAILABLE));
        }
    }

    private Card preview(String words, Invocation invocation, Catalog catalog, Messages messages) {
        DigestPreview preview;
        try {
            preview = DigestPreview.of(words, clock.instant(), digests.zone(), schedule, messages);
        } catch (DigestPreview.NoSuchWeek e) {
            return notice(messages.get(
                    e.notBegun ? MessageKey.DIGEST_WEEK_NOT_BEGUN : MessageKey.DIGEST_NO_SUCH_WEEK, e.getMessage()));
        }
        Optional<Scope> scope = preview.scope().isBlank()
                ? Optional.of(subscriptions
                        .find(invocation.platform(), invocation.channel())
                        .map(Subscription::scope)
                        .orElse(Scope.all()))
                : scope(preview.scope(), catalog);
        if (scope.isEmpty()) {
            return notice(messages.get(MessageKey.DIGEST_UNKNOWN_SCOPE, typed(preview.scope())));
        }
        return preview.noted(digests.compose(scope.get(), preview.week(), messages.localeTag()));
    }

    private Card subscribe(String scopeQuery, Invocation invocation, Catalog catalog, Messages messages) {
        if (!invocation.channelAdmin()) {
            return notice(messages.get(MessageKey.DIGEST_NOT_ALLOWED));
        }
        Optional<Scope> scope = scopeQuery.isBlank() ? Optional.of(Scope.all()) : scope(scopeQuery, catalog);
        if (scope.isEmpty()) {
            return notice(messages.get(MessageKey.DIGEST_UNKNOWN_SCOPE, typed(scopeQuery)));
        }
        Subscription subscription = new Subscription(
                invocation.platform(),
                invocation.workspace(),
                invocation.channel(),
                scope.get(),
                invocation.user(),
                clock.instant(),
                0,
                messages.localeTag());
        subscriptions.subscribe(subscription);
        Card subscribed = notice(messages.get(
                MessageKey.DIGEST_SUBSCRIBED,
                DigestComposer.scopeLabel(scope.get(), catalog, messages),
                nextDue(messages)));
        announcer.announce(subscription, subscribed, notice(messages.get(MessageKey.DIGEST_CANNOT_POST)));
        return subscribed;
    }

    /**
     * When the next digest is due, in the reader's words ("Monday, December 14, 2026 09:00 (UTC)"), not the cron
     * expression it comes from ("0 0 9 * * MON").
     */
    private String nextDue(Messages messages) {
        ZonedDateTime next = schedule.next(ZonedDateTime.ofInstant(clock.instant(), digests.zone()));
        if (next == null) {
            return schedule + " (" + digests.zone().getId() + ")";
        }
        return DigestPreview.when(next, digests.zone(), messages);
    }

    private Card unsubscribe(Invocation invocation, Messages messages) {
        if (!invocation.channelAdmin()) {
            return notice(messages.get(MessageKey.DIGEST_NOT_ALLOWED));
        }
        boolean removed = subscriptions.unsubscribe(invocation.platform(), invocation.channel());
        return notice(messages.get(removed ? MessageKey.DIGEST_UNSUBSCRIBED : MessageKey.DIGEST_NOT_SUBSCRIBED));
    }

    /** A domain by id or name, or else a skill by the matcher. */
    public static Optional<Scope> scope(String query, Catalog catalog) {
        String key = Keys.compact(query);
        Optional<Scope> domain = catalog.domains().stream()
                .filter(d -> Keys.compact(d.id()).equals(key)
                        || d.labels().byLocale().values().stream()
                                .anyMatch(label -> Keys.compact(label).equals(key)))
                .findFirst()
                .map(d -> new Scope(Scope.Kind.DOMAIN, d.id()));
        if (domain.isPresent()) {
            return domain;
        }
        return catalog.matcher().match(query).skill().map(skill -> new Scope(Scope.Kind.SKILL, skill.id()));
    }

    /** The words typed for a scope, as the answer repeats them: cut, and a mention among them unsaid. */
    private static String typed(String words) {
        return TextCut.clip(Mention.unsaid(words), 80);
    }

    private static Card notice(String text) {
        return new Card(
                Card.Kind.NOTICE, text, List.of(), List.of(), List.of(Section.of("", null, text)), List.of(), text);
    }
}
