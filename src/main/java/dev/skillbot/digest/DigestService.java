package dev.skillbot.digest;

import dev.skillbot.card.Card;
import dev.skillbot.card.Section;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.CurrentCatalog;
import dev.skillbot.catalog.Skill;
import dev.skillbot.command.SuggestionsView;
import dev.skillbot.i18n.MessageKey;
import dev.skillbot.i18n.Messages;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Gathers a week's facts for a scope and composes the digest; also the followers' private notes. */
public final class DigestService {

    private static final int TOP = 5;

    private final CurrentCatalog catalogs;
    private final CatalogChanges changes;
    private final LookupCounts lookups;
    /** Approvals not written are few (each waits for a reviewer): the digest counts up to this many. */
    private static final int NOT_WRITTEN_COUNTED = 100;

    private final SuggestionsView suggestions;
    private final DigestComposer composer = new DigestComposer();
    private final Clock clock;
    private final ZoneId zone;

    public DigestService(
            CurrentCatalog catalogs,
            CatalogChanges changes,
            LookupCounts lookups,
            SuggestionsView suggestions,
            Clock clock,
            ZoneId zone) {
        this.catalogs = catalogs;
        this.changes = changes;
        this.lookups = lookups;
        this.suggestions = suggestions;
        this.clock = clock;
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    public Card compose(Scope scope, IsoWeek week, String locale) {
        Catalog catalog = catalogs.current();
        return composer.compose(inputs(scope, week, catalog), catalog, Messages.forLocale(locale));
    }

    DigestInputs inputs(Scope scope, IsoWeek week, Catalog catalog) {
        List<CatalogChange> scoped = changes(week).stream()
                .filter(change -> inScope(scope, change.skillId(), catalog))
                .toList();
        String skillFilter = scope.kind() == Scope.Kind.SKILL ? scope.value() : null;
        long waiting = suggestions.openCount(skillFilter);
        long notWritten =
                suggestions.notWritten(skillFilter, NOT_WRITTEN_COUNTED).size();
        List<Map.Entry<String, Long>> top = lookups.top(week, 50).stream()
                .filter(entry -> inScope(scope, entry.getKey(), catalog))
                .limit(TOP)
                .toList();
        return new DigestInputs(
                week,
                scope,
                scoped,
                waiting,
                waiting == 0 ? Optional.empty() : suggestions.oldestOpen(skillFilter),
                clock.instant(),
                top,
                notWritten,
                notWritten == 0 ? Optional.empty() : suggestions.oldestNotWritten(skillFilter));
    }

    /** The catalog changes seen in the week, in the digest's zone, oldest first. */
    List<CatalogChange> changes(IsoWeek week) {
        return changes.between(week.start(zone), week.end(zone));
    }

    private static boolean inScope(Scope scope, String skillId, Catalog catalog) {
        String domain = catalog.skill(skillId).map(Skill::domainId).orElse("");
        return scope.includes(skillId, domain);
    }

    /** The private note for a follower: which followed skills changed this week, or empty when none did. */
    public Optional<Card> followerNote(List<String> followedSkills, IsoWeek week, String locale) {
        Catalog catalog = catalogs.current();
        Messages messages = Messages.forLocale(locale);
        List<CatalogChange> changed = changes(week);
        List<Section> sections = followedSkills.stream()
                .map(skillId -> {
                    long cells = changed.stream()
                            .filter(change -> change.skillId().equals(skillId))
                            .count();
                    String name = catalog.skill(skillId).map(Skill::name).orElse(skillId);
                    return cells == 0
                            ? null
                            : Section.of(
                                    messages.get(MessageKey.DIGEST_FOLLOWED_TITLE, name),
                                    null,
                                    messages.get(MessageKey.DIGEST_FOLLOWED_TEXT, cells, week.toString()));
                })
                .filter(java.util.Objects::nonNull)
                .toList();
        if (sections.isEmpty()) {
            return Optional.empty();
        }
        String title = sections.get(0).heading();
        return Optional.of(
                new Card(Card.Kind.DIGEST, title, List.of(), List.of(), List.copyOf(sections), List.of(), title));
    }
}
