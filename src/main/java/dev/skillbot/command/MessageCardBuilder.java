package dev.skillbot.command;

import dev.skillbot.card.Button;
import dev.skillbot.card.Card;
import dev.skillbot.card.Control;
import dev.skillbot.card.Section;
import dev.skillbot.card.TextCut;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.Level;
import dev.skillbot.catalog.Role;
import dev.skillbot.catalog.Skill;
import dev.skillbot.i18n.MessageKey;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Cards that explain rather than show a skill: "did you mean", which skill, and errors ({@link HelpCardBuilder}: the help). */
final class MessageCardBuilder {

    /** Echoed user text is cut to this length before any renderer sees it. */
    static final int ECHO_LIMIT = 80;

    private final Catalog catalog;
    private final CardParts parts;

    MessageCardBuilder(Catalog catalog, CardParts parts) {
        this.catalog = catalog;
        this.parts = parts;
    }

    /** What a button offering a skill the words may mean does: what was asked, of that skill. */
    enum Pick {
        /** Shows the skill at the level and role given. */
        SHOW,
        /** Opens the suggestion form of the skill's cell at the level and role given. */
        SUGGEST,
        /** Lists the open suggestions for the skill. */
        PROPOSALS
    }

    /** No skill matched: offer the closest ones as buttons that ask the same of them. */
    Card didYouMean(String query, List<Skill> candidates, Function<Skill, Button> pick) {
        return choice(
                Card.Kind.DID_YOU_MEAN,
                parts.messages().get(MessageKey.DID_YOU_MEAN_TITLE, echo(query)),
                candidates.isEmpty()
                        ? parts.messages().get(MessageKey.DID_YOU_MEAN_NOTHING)
                        : parts.messages().get(MessageKey.DID_YOU_MEAN_PROMPT) + "\n" + parts.bullets(candidates),
                candidates,
                pick);
    }

    /** The words name several skills ({@code terraform kubernetes}): a button for each, asking the same of it. */
    Card whichSkill(String query, List<Skill> named, Function<Skill, Button> pick) {
        return choice(
                Card.Kind.WHICH_SKILL,
                parts.messages().get(MessageKey.WHICH_SKILL_TITLE, echo(query), named.size()),
                parts.messages().get(MessageKey.WHICH_SKILL_PROMPT) + "\n" + parts.bullets(named),
                named,
                pick);
    }

    /** Skills to pick from, as buttons that ask the same of each. */
    private Card choice(Card.Kind kind, String title, String text, List<Skill> skills, Function<Skill, Button> pick) {
        List<Control> controls =
                skills.stream().map(skill -> (Control) pick.apply(skill)).toList();
        return new Card(kind, title, List.of(), List.of(), List.of(Section.of("", null, text)), controls, title);
    }

    /**
     * A skill named with words that are none of its levels or roles: say so, and offer the skill without them. A mention
     * among them ({@code gitops @everyone senior}) is said to be no level or role, never repeated.
     */
    Card extraWords(ExtraWords.Found found, Function<Skill, Button> pick) {
        Skill skill = found.skill();
        List<String> words = List.of(CommandParser.SPACES.split(found.words().strip()));
        String others =
                words.stream().filter(word -> !NoSkillWords.isMention(word)).collect(Collectors.joining(" "));
        String levels = catalog.levels().stream().map(parts::levelName).collect(Collectors.joining(", "));
        String roles = catalog.rolesOf(skill).stream().map(Role::shortName).collect(Collectors.joining(", "));
        String text = others.isEmpty()
                ? parts.messages().get(MessageKey.ERROR_EXTRA_MENTION, parts.name(skill), levels, roles)
                : parts.messages().get(MessageKey.ERROR_EXTRA_WORDS, parts.name(skill), echo(others), levels, roles);
        if (!others.isEmpty() && words.stream().anyMatch(NoSkillWords::isMention)) {
            text += " " + parts.messages().get(MessageKey.ERROR_MENTION_NO_LEVEL);
        }
        return error(text, List.of(pick.apply(skill)));
    }

    /**
     * A button offering the skill for what was asked, at the level (or the two levels compared) and with the role
     * (when it has it) the user gave: showing it, opening its suggestion form (at its first level when none was
     * given), or listing its suggestions.
     */
    Button pick(Pick pick, Skill skill, Optional<Level> level, Optional<Level> to, Optional<Role> role) {
        Optional<Role> itsRole = role.filter(r -> skill.includesRole(r.id()));
        String label = parts.name(skill)
                + level.map(l -> " · " + parts.levelName(l)).orElse("")
                + to.filter(t -> level.isPresent())
                        .map(t -> " → " + parts.levelName(t))
                        .orElse("");
        return switch (pick) {
            case SHOW -> new Button(label, CardControls.show(shown(skill, level, to, itsRole)), Button.Style.DEFAULT);
            case SUGGEST ->
                SuggestionFormBuilder.openButton(
                        label,
                        skill.id(),
                        level.orElse(catalog.levels().get(0)).id(),
                        itsRole.map(Role::id).orElse(""));
            case PROPOSALS -> new Button(label, CardControls.show(CommandText.proposals(skill)), Button.Style.DEFAULT);
        };
    }

    /** The comparison of the two levels, else the level, else the overview, narrowed to the role. */
    private static String shown(Skill skill, Optional<Level> level, Optional<Level> to, Optional<Role> role) {
        if (level.isEmpty()) {
            return CommandText.overview(skill, role);
        }
        return to.map(t -> CommandText.compare(skill, level.get(), t, role))
                .orElseGet(() -> CommandText.level(skill, level.get(), role));
    }

    /**
     * {@code compare gitops} with no level, from someone whose profile has none: a comparison needs two levels, as the
     * example shows (the middle level and the next, as its button compares them).
     */
    Card compareNeedsLevels(Skill skill, Optional<Role> role) {
        Level from = catalog.levels().get((catalog.levels().size() - 1) / 2);
        Level to = catalog.next(from).orElse(from);
        Optional<Role> itsRole = role.filter(r -> skill.includesRole(r.id()));
        String example = CommandText.compare(skill, from, to, itsRole);
        String text = parts.messages()
                .get(MessageKey.COMPARE_NEEDS_LEVELS, parts.name(skill), example, CommandText.overview(skill, itsRole));
        return error(text, List.of(pick(Pick.SHOW, skill, Optional.of(from), Optional.of(to), itsRole)));
    }

    /** Where no form can open (the command line), say how to suggest, with the button that opens the form. */
    Card suggestHere(Skill skill, Level level, Optional<Role> role) {
        String text = parts.messages().get(MessageKey.SUGGEST_USE_BUTTON, skill.id());
        return new Card(
                Card.Kind.NOTICE,
                parts.messages().get(MessageKey.SUGGEST_TITLE),
                List.of(),
                List.of(),
                List.of(Section.of("", null, text)),
                List.of(parts.controls().suggestButton(skill, level, role)),
                text);
    }

    Card error(MessageKey reason, List<Object> args) {
        Object[] echoed = args.stream()
                .map(arg -> arg instanceof String text ? echo(text) : arg)
                .toArray();
        return error(parts.messages().get(reason, echoed));
    }

    /**
     * An error whose arguments are the catalog's own words (a skill's name, the roles or domains it has): shown
     * whole, not cut as the user's words are; a caller quoting the user too passes that argument through
     * {@link #echo}.
     */
    Card catalogError(MessageKey reason, List<Object> args) {
        return error(parts.messages().get(reason, args.toArray()));
    }

    private Card error(String text) {
        return error(text, List.of());
    }

    private Card error(String text, List<Control> controls) {
        return new Card(
                Card.Kind.ERROR,
                parts.messages().get(MessageKey.ERROR_TITLE),
                List.of(),
                List.of(),
                List.of(Section.of("", null, text)),
                controls,
                text);
    }

    static String echo(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return TextCut.clip(flat, ECHO_LIMIT);
    }
}
