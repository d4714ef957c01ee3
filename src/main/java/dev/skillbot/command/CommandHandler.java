package dev.skillbot.command;

import dev.skillbot.card.Button;
import dev.skillbot.card.Card;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.Level;
import dev.skillbot.catalog.Role;
import dev.skillbot.catalog.Skill;
import dev.skillbot.chat.Invocation;
import dev.skillbot.command.MessageCardBuilder.Pick;
import dev.skillbot.i18n.MessageKey;
import dev.skillbot.i18n.Messages;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns a parsed command into a card against one catalog snapshot. */
public final class CommandHandler {

    private final CommandPorts ports;
    private final Permalinks permalinks;

    public CommandHandler(CommandPorts ports) {
        this(ports, Permalinks.NONE);
    }

    /** @param permalinks where skill cards link to in a browser ({@link Permalinks#NONE}: no links) */
    public CommandHandler(CommandPorts ports, Permalinks permalinks) {
        this.ports = ports;
        this.permalinks = permalinks;
    }

    /** A card, and the skill it shows when it shows one (for lookup counts). */
    record Handled(Card card, String skillShown) {}

    Handled handleTracked(Command command, Invocation invocation, Catalog catalog, Messages messages) {
        CardParts parts = new CardParts(catalog, messages, ports.suggestions(), permalinks);
        MessageCardBuilder explain = new MessageCardBuilder(catalog, parts);
        if (command instanceof Command.Lookup lookup) {
            return withSkill(
                    new Asked(lookup.skillQuery(), lookup.level(), Optional.empty(), lookup.role(), Pick.SHOW),
                    catalog,
                    parts,
                    explain,
                    skill -> lookup.level()
                            .map(level -> new LevelCardBuilder(catalog, parts).build(skill, level, lookup.role()))
                            .orElseGet(() -> new OverviewCardBuilder(catalog, parts).build(skill, lookup.role())));
        }
        if (command instanceof Command.Compare compare) {
            return withSkill(
                    new Asked(
                            compare.skillQuery(),
                            Optional.of(compare.from()),
                            Optional.of(compare.to()),
                            compare.role(),
                            Pick.SHOW),
                    catalog,
                    parts,
                    explain,
                    skill -> new ComparisonCardBuilder(catalog, parts)
                            .build(skill, compare.from(), compare.to(), compare.role()));
        }
        if (command instanceof Command.CompareWithoutLevels compare) {
            Asked asked =
                    new Asked(compare.skillQuery(), Optional.empty(), Optional.empty(), compare.role(), Pick.SHOW);
            Card card = withSkill(
                            asked, catalog, parts, explain, skill -> explain.compareNeedsLevels(skill, compare.role()))
                    .card();
            return new Handled(card, null);
        }
        return new Handled(build(command, invocation, catalog, messages, parts, explain), null);
    }

    /** The cards that count no lookup. */
    private Card build(
            Command command,
            Invocation invocation,
            Catalog catalog,
            Messages messages,
            CardParts parts,
            MessageCardBuilder explain) {
        if (command instanceof Command.Invalid invalid) {
            return explain.error(invalid.reason(), invalid.args());
        }
        if (command instanceof Command.Search search) {
            return new SearchCardBuilder(catalog, parts).build(search.query(), search.typed());
        }
        if (command instanceof Command.ListSkills list) {
            return new ListCardBuilder(catalog, parts)
                    .build(list.domainQuery())
                    .orElseGet(() -> explain.catalogError(
                            MessageKey.ERROR_UNKNOWN_DOMAIN,
                            List.of(
                                    MessageCardBuilder.echo(list.domainQuery()),
                                    catalog.domains().stream()
                                            .map(domain -> domain.name(parts.locale()))
                                            .collect(Collectors.joining(", ")))));
        }
        if (command instanceof Command.About) {
            AboutInfo about = ports.about().get();
            return about == null
                    ? new HelpCardBuilder(catalog, parts).build()
                    : new AboutCardBuilder().build(about, catalog, messages);
        }
        if (command instanceof Command.Digest digest) {
            return ports.digests().handle(digest, invocation, catalog, messages);
        }
        if (command instanceof Command.Personal personal) {
            Card card = ports.personal().handle(personal, invocation, catalog, messages);
            return card == null ? explain.error(MessageKey.ME_UNAVAILABLE, List.of()) : card;
        }
        if (command instanceof Command.Follow follow) {
            return new FollowAnswers(ports.follows(), catalog, parts, explain).answer(follow, invocation);
        }
        if (command instanceof Command.Suggest suggest) {
            return withSkill(
                            new Asked(
                                    suggest.skillQuery(),
                                    suggest.level(),
                                    Optional.empty(),
                                    suggest.role(),
                                    Pick.SUGGEST),
                            catalog,
                            parts,
                            explain,
                            skill -> explain.suggestHere(
                                    skill,
                                    suggest.level().orElse(catalog.levels().get(0)),
                                    suggest.role()))
                    .card();
        }
        if (command instanceof Command.Proposals proposals) {
            if (!ports.suggestions().kept()) {
                return explain.error(MessageKey.SUGGESTIONS_NOT_HERE, List.of());
            }
            ProposalListCardBuilder list = new ProposalListCardBuilder(catalog, parts);
            Card unavailable = explain.error(MessageKey.SUGGESTIONS_UNAVAILABLE, List.of());
            if (proposals.skillQuery().isBlank()) {
                return list.build(Optional.empty()).orElse(unavailable);
            }
            return withSkill(
                            new Asked(
                                    proposals.skillQuery(),
                                    proposals.level(),
                                    Optional.empty(),
                                    proposals.role(),
                                    Pick.PROPOSALS),
                            catalog,
                            parts,
                            explain,
                            skill -> list.build(Optional.of(skill), proposals.level(), proposals.role())
                                    .orElse(unavailable))
                    .card();
        }
        return new HelpCardBuilder(catalog, parts).build();
    }

    /**
     * The words of a command taken for a skill, the level (and the level compared with) and role given with them, and
     * what a button offering one of the skills they may mean does.
     */
    record Asked(String query, Optional<Level> level, Optional<Level> to, Optional<Role> role, Pick pick) {}

    /** The card {@code build} draws for the skill the query names, which then counts as shown; else an explanation. */
    static Handled withSkill(
            Asked asked, Catalog catalog, CardParts parts, MessageCardBuilder explain, Function<Skill, Card> build) {
        String query = asked.query();
        Optional<Role> role = asked.role();
        Function<Skill, Button> pick = skill -> explain.pick(asked.pick(), skill, asked.level(), asked.to(), role);
        SkillReading read = SkillReading.of(query, catalog);
        if (!read.several().isEmpty()) {
            return new Handled(explain.whichSkill(query, read.several(), pick), null);
        }
        if (read.extra().isPresent()) {
            return new Handled(explain.extraWords(read.extra().get(), pick), null);
        }
        Optional<Skill> named = read.skill();
        if (named.isEmpty()) {
            String first = CommandParser.SPACES.split(query.strip(), 2)[0];
            NoSkillWords.Kind words = NoSkillWords.of(query);
            if (words == NoSkillWords.Kind.MENTIONS) { // said without the mention, which is no one's business here
                return new Handled(explain.error(MessageKey.ERROR_MENTION_NO_SKILL, List.of()), null);
            }
            // markup's closest skills by spelling are unrelated to it: no "did you mean", the help instead
            List<Skill> candidates =
                    words == NoSkillWords.Kind.MARKUP ? List.of() : read.match().candidates();
            return new Handled(
                    CommandWords.isMeAction(first)
                            ? explain.error(MessageKey.ERROR_ME_ACTION, List.of(first, query))
                            : explain.didYouMean(query, candidates, pick),
                    null);
        }
        Skill skill = named.get();
        if (role.isPresent() && !skill.includesRole(role.get().id())) {
            String roles = catalog.rolesOf(skill).stream().map(Role::shortName).collect(Collectors.joining(", "));
            return new Handled(
                    explain.catalogError(
                            MessageKey.ERROR_ROLE_NOT_IN_SKILL,
                            List.of(parts.name(skill), role.get().name(parts.locale()), roles)),
                    null);
        }
        return new Handled(build.apply(skill), skill.id());
    }
}
