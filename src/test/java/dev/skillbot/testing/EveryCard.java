package dev.skillbot.testing;

import dev.skillbot.card.Card;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.Skill;
import dev.skillbot.chat.Invocation;
import dev.skillbot.chat.Platform;
import dev.skillbot.command.AboutInfo;
import dev.skillbot.command.CommandPorts;
import dev.skillbot.command.CommandService;
import dev.skillbot.command.Permalinks;
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
import dev.skillbot.suggestion.ProposalStatus;
import dev.skillbot.suggestion.ReviewPolicy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Cards for renderer tests. {@link #representative()}: one or more cards of every kind at ordinary
 * sizes, drawn from the fixture catalog, which the golden files of each renderer show.
 * {@link #beyondCommands}: the cards that no lookup command produces, each at its largest: review
 * posts with 3,000-character texts, a full suggestion list, a busy digest, notices and {@code about}.
 * Renderer limit tests add these to the cards of every command, so that every card kind is checked
 * against every limit.
 */
public final class EveryCard {

    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");
    /** The site address the representative cards link to ("Open in browser"). */
    public static final String PUBLIC_URL = "https://skills.example.com/";

    /** A card to draw, with the name of its golden file and the language it is in. */
    public record Named(String name, String locale, Card card) {}

    private EveryCard() {}

    /**
     * The cards the golden files show, in a fixed order: every {@link Card.Kind} at least once, on the
     * fixture catalog with its revision named {@code fixture} so that no golden file changes when a
     * fixture skill the card does not show changes.
     */
    public static List<Named> representative() {
        Catalog catalog = FixtureCatalog.load("fixture");
        String canary = FixtureCatalog.CANARY_RELEASES;
        List<Named> cards = new ArrayList<>();
        CommandService service = new CommandService(
                () -> catalog,
                new CommandPorts(twoSuggestions(canary), null, id -> {})
                        .withObservability(
                                (invocation, command, card, nanos) -> {},
                                () -> new AboutInfo(
                                        "1.2.3",
                                        "/srv/catalog",
                                        NOW,
                                        true,
                                        List.of(),
                                        "main: up to date",
                                        List.of("Slack", "Discord shards 0-1/2"))),
                Permalinks.of(PUBLIC_URL));
        String[][] commands = {
            {"level", "en", canary + " senior"},
            {"level-one-role", "en", "canary senior sre"},
            {"level-optional-zh-CN", "zh-CN", "canary 首席"},
            {"overview", "en", "canary"},
            {"comparison", "en", "canary lead..principal"},
            {"comparison-newly-required", "en", "load testing junior..middle sre"},
            {"search", "en", "search flagger"},
            {"list", "en", "list"},
            {"help", "en", "help"},
            {"did-you-mean", "en", "release senior"},
            {"which-skill", "en", "canary trains senior sre"},
            {"error", "en", "canary senior dba"},
            {"proposals", "en", "proposals canary"},
            {"about", "en", "about"},
        };
        for (String[] command : commands) {
            Invocation user = new Invocation(
                    Platform.SLACK, "T0TEST", "C0CHAN", "U0ALICE", command[1], Invocation.Origin.COMMAND);
            cards.add(new Named(command[0], command[1], service.answer(user, command[2])));
        }
        Catalog bilingual = FixtureCatalog.bilingual("bilingual");
        CommandService bilingualService = new CommandService(() -> bilingual, CommandPorts.NONE);
        String[][] chinese = {
            {"level-translated-zh-CN", "GitOps 实践 高级"},
            {"level-fallback-zh-CN", "gitops 首席"},
        };
        for (String[] command : chinese) {
            Invocation user =
                    new Invocation(Platform.DISCORD, "G0TEST", "C0CHAN", "U0LI", "zh-CN", Invocation.Origin.COMMAND);
            cards.add(new Named(command[0], "zh-CN", bilingualService.answer(user, command[1])));
        }
        cards.addAll(personal(catalog));
        ProposalCards proposals = new ProposalCards(
                catalog,
                Messages.forLocale("en"),
                new ReviewPolicy(Map.of(Platform.SLACK, java.util.Set.of("U0RITA")), false));
        Skill skill = catalog.skill(canary).orElseThrow();
        String old = skill.expectation(catalog.level("senior").orElseThrow(), "sre")
                .orElseThrow()
                .text();
        String edited =
                old.replace("stops and rolls back on its own", "stops, rolls back on its own & pages the owner");
        cards.add(new Named(
                "review-open", "en", proposals.review(reviewed(canary, old, edited, ProposalStatus.OPEN, null, null))));
        cards.add(new Named(
                "review-approved",
                "en",
                proposals.review(reviewed(canary, old, edited, ProposalStatus.APPROVED, "Rita", null))));
        cards.add(new Named(
                "review-rejected",
                "en",
                proposals.review(reviewed(
                        canary,
                        old,
                        edited,
                        ProposalStatus.REJECTED,
                        "Rita",
                        "Paging is covered by the alerting skill."))));
        cards.add(new Named(
                "notice", "en", proposals.notice("Suggestion #12 is saved and waits for review in #skills-review.")));
        List<CatalogChange> changes = List.of(
                new CatalogChange(
                        NOW.minusSeconds(86_400), "rev2", canary, CatalogChange.Kind.CELL_EDITED, "senior", "sre"),
                new CatalogChange(
                        NOW.minusSeconds(86_400), "rev2", canary, CatalogChange.Kind.CELL_EDITED, "lead", "sre"),
                new CatalogChange(
                        NOW.minusSeconds(2 * 86_400),
                        "rev1",
                        FixtureCatalog.LOAD_TESTING,
                        CatalogChange.Kind.SKILL_ADDED,
                        null,
                        null));
        DigestInputs week = new DigestInputs(
                IsoWeek.parse("2026-W48"),
                Scope.all(),
                changes,
                2,
                Optional.of(NOW.minusSeconds(5 * 86_400)),
                NOW,
                List.of(Map.entry(canary, 42L), Map.entry(FixtureCatalog.RELEASE_TRAINS, 17L)),
                0,
                Optional.empty());
        cards.add(new Named("digest", "en", new DigestComposer().compose(week, catalog, Messages.forLocale("en"))));
        return cards;
    }

    /** Alice's profile (SRE, Senior), her checklist with one mark, her profile card and a lookup opened on her profile. */
    private static List<Named> personal(Catalog catalog) {
        CommandService service = new CommandService(
                () -> catalog,
                CommandPorts.NONE.withPersonal(
                        new MemoryPersonal().commands(java.time.Clock.fixed(NOW, java.time.ZoneOffset.UTC))));
        Invocation alice =
                new Invocation(Platform.SLACK, "T0TEST", "C0CHAN", "U0ALICE", "en", Invocation.Origin.COMMAND);
        Invocation click =
                new Invocation(Platform.SLACK, "T0TEST", "C0CHAN", "U0ALICE", "en", Invocation.Origin.BUTTON);
        service.answer(alice, "me sre senior");
        Card checklist = service.answer(alice, "next");
        Card marked = service.answer(click, Cards.flip(Cards.choices(checklist), "I do this: Canary Releases"));
        return List.of(
                new Named("checklist", "en", marked),
                new Named("profile", "en", service.answer(alice, "me")),
                new Named("level-personal", "en", service.answer(alice, "canary")));
    }

    /** The checklist and the profile card of someone whose role is the catalog's last, at its lowest level, with every item marked. */
    private static List<Card> personalBeyond(Catalog catalog, String locale) {
        CommandService service = new CommandService(
                () -> catalog,
                CommandPorts.NONE.withPersonal(
                        new MemoryPersonal().commands(java.time.Clock.fixed(NOW, java.time.ZoneOffset.UTC))));
        Invocation user =
                new Invocation(Platform.SLACK, "T0TEST", "C0CHAN", "U0ALICE", locale, Invocation.Origin.COMMAND);
        Invocation click =
                new Invocation(Platform.SLACK, "T0TEST", "C0CHAN", "U0ALICE", locale, Invocation.Origin.BUTTON);
        String role = catalog.roles().get(catalog.roles().size() - 1).id();
        service.answer(user, "me " + role + " " + catalog.levels().get(0).id());
        Card checklist = service.answer(user, "next");
        // ids too long for the page's command leave the page without choices: then nothing is ticked
        for (dev.skillbot.card.Control control : checklist.controls()) {
            if (control instanceof dev.skillbot.card.Choices marks) {
                checklist = service.answer(
                        click,
                        dev.skillbot.card.Choices.command(
                                marks.id(),
                                marks.options().stream()
                                        .map(dev.skillbot.card.Choices.Option::value)
                                        .toList()));
            }
        }
        return List.of(
                checklist,
                service.answer(user, "me"),
                service.answer(user, catalog.skills().get(0).id()),
                service.answer(user, "me export"));
    }

    private static Proposal reviewed(
            String skill, String old, String edited, ProposalStatus status, String decidedBy, String note) {
        boolean decided = decidedBy != null;
        return new Proposal(
                12,
                skill,
                "senior",
                "sre",
                old,
                edited,
                true,
                true,
                "Rollbacks alone leave nobody knowing.",
                new Author(Platform.SLACK, "T0TEST", "U0ALICE", "Alice"),
                "fixture",
                status,
                NOW.minusSeconds(3_600),
                NOW,
                new Proposal.Verdict(decidedBy, decided ? NOW : null, note),
                null,
                null);
    }

    private static SuggestionsView twoSuggestions(String skillId) {
        List<SuggestionsView.OpenSuggestion> open = List.of(
                new SuggestionsView.OpenSuggestion(
                        12,
                        skillId,
                        "senior",
                        "sre",
                        "Alice",
                        NOW.minusSeconds(3_600),
                        "https://example.slack.com/archives/C0REVIEW/p1764493200000100"),
                new SuggestionsView.OpenSuggestion(
                        11, skillId, "lead", "platform", "Bob", NOW.minusSeconds(3 * 86_400), null));
        return new SuggestionsView() {
            @Override
            public long openCount(String skill) {
                return skill == null || skill.equals(skillId) ? open.size() : 0;
            }

            @Override
            public List<OpenSuggestion> open(String skill, int limit) {
                return skill == null || skill.equals(skillId)
                        ? open.stream().limit(limit).toList()
                        : List.of();
            }
        };
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
        Invocation user =
                new Invocation(Platform.SLACK, "T0TEST", "C0CHAN", "U0ALICE", locale, Invocation.Origin.COMMAND, true);
        CommandService full = new CommandService(
                () -> catalog,
                new CommandPorts(manySuggestions(skill, level, role), null, id -> {})
                        .withObservability((invocation, command, card, nanos) -> {}, () -> about()));
        cards.add(full.answer(user, "proposals"));
        cards.add(full.answer(user, "suggest " + skill.id() + " " + level));
        cards.add(full.answer(user, "about"));
        // words naming as many skills as a lookup's words are read for (eight): the card asks which one, a button each
        cards.add(full.answer(
                user,
                catalog.skills().stream().limit(8).map(Skill::id).collect(Collectors.joining(" ")) + " " + level));
        cards.add(new DigestComposer().compose(busyWeek(catalog), catalog, messages));
        cards.addAll(personalBeyond(catalog, locale));
        return cards;
    }

    private static Proposal proposal(String skill, String level, String role, ProposalStatus status) {
        String before = "Before <!here> & " + "word ".repeat(590);
        String after = "After <@U123> & " + "other ".repeat(495);
        boolean decided = status != ProposalStatus.OPEN;
        return new Proposal(
                123_456,
                skill,
                level,
                role,
                before.strip(),
                after.strip(),
                true,
                false,
                "because ".repeat(120).strip(),
                new Author(Platform.SLACK, "T0TEST", "U0ALICE", "Alice <!channel> " + "A".repeat(200)),
                "abcdef123456",
                status,
                NOW,
                NOW,
                new Proposal.Verdict(
                        decided ? "Rita " + "R".repeat(200) : null,
                        decided ? NOW : null,
                        decided ? "reason ".repeat(280).strip() : null),
                null,
                null);
    }

    private static SuggestionsView manySuggestions(Skill skill, String level, String role) {
        return new SuggestionsView() {
            @Override
            public long openCount(String skillId) {
                return 99;
            }

            @Override
            public List<OpenSuggestion> open(String skillId, int limit) {
                return IntStream.range(0, limit)
                        .mapToObj(i -> new OpenSuggestion(
                                1000 + i,
                                skill.id(),
                                level,
                                role,
                                "Author " + "N".repeat(200),
                                NOW,
                                "https://example.slack.com/archives/C0/p" + "1".repeat(900)))
                        .toList();
            }
        };
    }

    private static AboutInfo about() {
        return new AboutInfo(
                "0.1.0",
                "/srv/" + "catalog/".repeat(100),
                NOW,
                false,
                List.of("x.yml:1: " + "problem ".repeat(300)),
                "main: 3 commits not pushed",
                List.of("Slack", "Discord shards 0-1/4"));
    }

    private static DigestInputs busyWeek(Catalog catalog) {
        List<CatalogChange> changes = new ArrayList<>();
        for (Skill skill : catalog.skills()) {
            changes.add(new CatalogChange(
                    NOW,
                    "rev",
                    skill.id(),
                    CatalogChange.Kind.CELL_EDITED,
                    "senior",
                    skill.roleIds().get(0)));
        }
        changes.add(new CatalogChange(NOW, "rev", "removed-skill", CatalogChange.Kind.SKILL_REMOVED, null, null));
        List<Map.Entry<String, Long>> top = catalog.skills().stream()
                .limit(5)
                .map(skill -> Map.entry(skill.id(), 1_000_000L))
                .toList();
        return new DigestInputs(
                IsoWeek.parse("2026-W48"),
                Scope.all(),
                changes,
                250,
                Optional.of(NOW.minusSeconds(86_400 * 40)),
                NOW,
                top,
                100,
                Optional.of(NOW.minusSeconds(86_400 * 400)));
    }
}
