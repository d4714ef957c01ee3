package dev.skillbot.suggestion;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.skillbot.command.SuggestionsView;
import dev.skillbot.concurrent.DaemonThreads;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Open suggestions as cards and digests show them. Cards read the counts of every skill from a
 * snapshot that one background thread refreshes when it is older than {@link #FRESH} (and at once
 * after a submission or a decision), so a lookup never waits for the database: while the snapshot
 * is unknown or the database is down, cards leave the count out or show the last one read. Digests
 * and lists ask the store, with counts cached briefly.
 */
public final class ProposalSuggestionsView implements SuggestionsView {

    static final Duration FRESH = Duration.ofSeconds(2);
    private static final Logger log = LoggerFactory.getLogger(ProposalSuggestionsView.class);
    private static final String ALL = "";
    /** How many approvals that need attention are read to find one skill's: they are few, each waits for a reviewer. */
    private static final int NOT_WRITTEN_READ = 200;

    private record OpenCounts(Map<String, Long> bySkill, long total, long readAt) {}

    private final ProposalStore store;
    private final Executor background;
    private final LongSupplier nanoTime;
    private final Cache<String, Long> counts = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofSeconds(5))
            .build();
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile OpenCounts known;

    public ProposalSuggestionsView(ProposalStore store) {
        this(
                store,
                new ThreadPoolExecutor(
                        0,
                        1,
                        30,
                        TimeUnit.SECONDS,
                        new SynchronousQueue<>(),
                        DaemonThreads.numbered("open-suggestions-")),
                System::nanoTime);
    }

    ProposalSuggestionsView(ProposalStore store, Executor background, LongSupplier nanoTime) {
        this.store = store;
        this.background = background;
        this.nanoTime = nanoTime;
        refreshInBackground();
    }

    @Override
    public long openCount(String skillId) {
        return counts.get(skillId == null ? ALL : skillId, key -> store.countOpen(key.isEmpty() ? null : key));
    }

    @Override
    public OptionalLong knownOpenCount(String skillId) {
        OpenCounts current = known;
        if (current == null || nanoTime.getAsLong() - current.readAt() > FRESH.toNanos()) {
            refreshInBackground();
        }
        if (current == null) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(
                skillId == null ? current.total() : current.bySkill().getOrDefault(skillId, 0L));
    }

    @Override
    public List<OpenSuggestion> open(String skillId, int limit) {
        return store.open(skillId, limit).stream()
                .map(ProposalSuggestionsView::listed)
                .toList();
    }

    @Override
    public List<OpenSuggestion> notWritten(String skillId, int limit) {
        return store.inStatus(ProposalStatus.NEEDS_ATTENTION, NOT_WRITTEN_READ).stream()
                .filter(p -> skillId == null || p.skillId().equals(skillId))
                .limit(limit)
                .map(ProposalSuggestionsView::listed)
                .toList();
    }

    @Override
    public Optional<Instant> oldestNotWritten(String skillId) {
        return store.inStatus(ProposalStatus.NEEDS_ATTENTION, NOT_WRITTEN_READ).stream()
                .filter(p -> skillId == null || p.skillId().equals(skillId))
                .map(p -> p.verdict().at() == null ? p.updatedAt() : p.verdict().at())
                .min(Instant::compareTo);
    }

    private static OpenSuggestion listed(Proposal p) {
        return new OpenSuggestion(
                p.id(),
                p.skillId(),
                p.levelId(),
                p.roleId(),
                p.author().displayName(),
                p.createdAt(),
                p.reviewMessage() == null ? "" : p.reviewMessage().link());
    }

    @Override
    public Optional<Instant> oldestOpen(String skillId) {
        return store.oldestOpen(skillId);
    }

    /** Called after a submission or a decision (which just reached the store), so the next card shows the new count. */
    public void changed() {
        counts.invalidateAll();
        refresh();
    }

    /** One refresh at a time, off the caller's thread. */
    private void refreshInBackground() {
        if (!refreshing.compareAndSet(false, true)) {
            return;
        }
        try {
            background.execute(() -> {
                try {
                    refresh();
                } finally {
                    refreshing.set(false);
                }
            });
        } catch (RejectedExecutionException e) {
            refreshing.set(false);
        }
    }

    /** Reads every open count; when the store cannot answer, what was known stays and the next card asks again. */
    private void refresh() {
        try {
            Map<String, Long> bySkill = Map.copyOf(store.countOpenBySkill());
            known = new OpenCounts(
                    bySkill,
                    bySkill.values().stream().mapToLong(Long::longValue).sum(),
                    nanoTime.getAsLong());
        } catch (StoreUnavailableException e) {
            // the database's guard logs outages; cards keep the last counts read
        } catch (RuntimeException e) {
            log.warn("Open suggestion counts not read: {}", e.toString());
        }
    }
}
