package dev.skillbot.suggestion;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.skillbot.command.SuggestionsView;
import java.time.Duration;
import java.util.List;

/**
 * Open suggestions as cards show them. Counts are cached briefly so that a card lookup does not
 * query the database each time; submissions and decisions clear the cache.
 */
public final class ProposalSuggestionsView implements SuggestionsView {

    private static final String ALL = "";

    private final ProposalStore store;
    private final Cache<String, Long> counts = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(Duration.ofSeconds(30)).build();

    public ProposalSuggestionsView(ProposalStore store) {
        this.store = store;
    }

    @Override
    public long openCount(String skillId) {
        return counts.get(skillId == null ? ALL : skillId, key -> store.countOpen(key.isEmpty() ? null : key));
    }

    @Override
    public List<OpenSuggestion> open(String skillId, int limit) {
        return store.open(skillId, limit).stream()
                .map(p -> new OpenSuggestion(p.id(), p.skillId(), p.levelId(), p.roleId(), p.author().displayName(), p.createdAt(),
                        p.reviewMessage() == null ? "" : p.reviewMessage().link()))
                .toList();
    }

    @Override
    public java.util.Optional<java.time.Instant> oldestOpen(String skillId) {
        return store.oldestOpen(skillId);
    }

    /** Called after a submission or a decision, so the next card shows the new count. */
    public void changed() {
        counts.invalidateAll();
    }
}
