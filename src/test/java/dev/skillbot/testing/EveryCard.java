package dev.skillbot.testing;

import dev.skillbot.card.Card;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.Skill;
import dev.skillbot.command.AboutInfo;
import dev.skillbot.command.CommandService;
import dev.skillbot.command.Features;
import dev.skillbot.command.Invocation;
import dev.skillbot.command.Platform;
import dev.skillbot.command.SuggestionsView;
import dev.skillbot.digest.CatalogChange;
import dev.skillbot.digest.DigestComposer;
import dev.skillbot.digest.DigestInputs;
import dev.skillbot.digest.IsoWeek;
import dev.skillbot.digest.Scope;
import dev.skillbot.i18n.Messages;
import dev.skillbot.suggestion.Author;
import dev.skillbot.suggestion.Proposal;
import dev.skillbot.suggestion.ProposalCards;
import dev.skillbot.suggestion.ReviewPolicy;
import dev.skillbot.suggestion.ProposalStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The cards that no lookup command produces, each at its largest: review posts with 3,000-character
 * texts, a full suggestion list, a busy digest, notices and {@code about}. Renderer limit tests add
 * these to the cards of every command, so that every card kind is checked against every limit.
 */
public final class EveryCard {

    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");

    private EveryCard() {
    }

    public static List<Card> beyondCommands(Catalog catalog, String locale) {
        Messages messages = Messages.forLocale(locale);
        Skill skill = catalog.skills().get(0);
        String level = catalog.levels().get(catalog.levels().size() - 1).id();
        String role = skill.roleIds().get(skill.roleIds().size() - 1);
        ProposalCards proposals = new ProposalCards(catalog, messages, new ReviewPolicy(Map.of(), false));
        List<Card> cards = new ArrayList<>();
        for (ProposalStatus status : ProposalStatus.values()) {
            cards.add(proposals.review(proposal(skill.id(), level, role, status)));
        }
        cards.add(proposals.notice("<!channel> " + "x".repeat(3000)));
        Invocation user = new Invocation(Platform.SLACK, "T0TEST", "C0CHAN", "U0ALICE", locale, Invocation.Origin.COMMAND, true);
        CommandService full = new CommandService(() -> catalog, new Features(manySuggestions(skill, level, role), null, id -> { })
                .withObservability((invocation, command, card, nanos) -> { }, () -> about()));
        cards.add(full.answer(user, "proposals"));
        cards.add(full.answer(user, "suggest " + skill.id() + " " + level));
        cards.add(full.answer(user, "about"));
        cards.add(new DigestComposer().compose(busyWeek(catalog), catalog, messages));
        return cards;
    }

    private static Proposal proposal(String skill, String level, String role, ProposalStatus status) {
        String before = "Before <!here> & " + "word ".repeat(590);
        String after = "After <@U123> & " + "other ".repeat(495);
        boolean decided = status != ProposalStatus.OPEN;
        return new Proposal(123_456, skill, level, role, before.strip(), after.strip(), true, false, "because ".repeat(120).strip(),
                new Author(Platform.SLACK, "T0TEST", "U0ALICE", "Alice <!channel> " + "A".repeat(200)), "abcdef123456", status, NOW, NOW,
                decided ? "Rita " + "R".repeat(200) : null, decided ? NOW : null, decided ? "reason ".repeat(280).strip() : null, null);
    }

    private static SuggestionsView manySuggestions(Skill skill, String level, String role) {
        return new SuggestionsView() {
            @Override
            public long openCount(String skillId) {
                return 99;
            }

            @Override
            public List<OpenSuggestion> open(String skillId, int limit) {
                return IntStream.range(0, limit).mapToObj(i -> new OpenSuggestion(1000 + i, skill.id(), level, role,
                        "Author " + "N".repeat(200), NOW, "https://example.slack.com/archives/C0/p" + "1".repeat(900))).toList();
            }
        };
    }

    private static AboutInfo about() {
        return new AboutInfo("0.1.0", "/srv/" + "catalog/".repeat(100), NOW, false,
                List.of("x.yml:1: " + "problem ".repeat(300)), "main: 3 commits not pushed", List.of("Slack", "Discord shards 0-1/4"));
    }

    private static DigestInputs busyWeek(Catalog catalog) {
        List<CatalogChange> changes = new ArrayList<>();
        for (Skill skill : catalog.skills()) {
            changes.add(new CatalogChange(NOW, "rev", skill.id(), CatalogChange.Kind.CELL_EDITED, "senior", skill.roleIds().get(0)));
        }
        changes.add(new CatalogChange(NOW, "rev", "removed-skill", CatalogChange.Kind.SKILL_REMOVED, null, null));
        List<Map.Entry<String, Long>> top = catalog.skills().stream().limit(5).map(skill -> Map.entry(skill.id(), 1_000_000L)).toList();
        return new DigestInputs(IsoWeek.parse("2026-W48"), Scope.all(), changes, 250, Optional.of(NOW.minusSeconds(86_400 * 40)), NOW, top);
    }
}
