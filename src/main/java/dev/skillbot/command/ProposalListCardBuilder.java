package dev.skillbot.command;

import dev.skillbot.card.Block;
import dev.skillbot.card.Card;
import dev.skillbot.card.Section;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.Level;
import dev.skillbot.catalog.Role;
import dev.skillbot.catalog.Skill;
import dev.skillbot.i18n.MessageKey;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Suggestions waiting for review, each with a link to its review message. */
final class ProposalListCardBuilder {

    static final int SHOWN = 15;
    /** How many of a skill's suggestions are read to find those at one level or for one role. */
    static final int READ_TO_NARROW = 500;

    private final Catalog catalog;
    private final CardParts parts;

    ProposalListCardBuilder(Catalog catalog, CardParts parts) {
        this.catalog = catalog;
        this.parts = parts;
    }

    /** The list, or empty when the suggestion store cannot be read. */
    Optional<Card> build(Optional<Skill> skill) {
        return build(skill, Optional.empty(), Optional.empty());
    }

    /** The list of a skill's suggestions at the level and for the role given, if any. */
    Optional<Card> build(Optional<Skill> skill, Optional<Level> level, Optional<Role> role) {
        Predicate<SuggestionsView.OpenSuggestion> cell = suggestion ->
                level.map(l -> l.id().equals(suggestion.levelId())).orElse(true)
                        && role.map(r -> r.id().equals(suggestion.roleId())).orElse(true);
        int read = level.isPresent() || role.isPresent() ? READ_TO_NARROW : SHOWN;
        List<SuggestionsView.OpenSuggestion> open;
        List<SuggestionsView.OpenSuggestion> notWritten;
        try {
            String skillId = skill.map(Skill::id).orElse(null);
            open = parts.suggestions().open(skillId, read).stream()
                    .filter(cell)
                    .limit(SHOWN)
                    .toList();
            notWritten = parts.suggestions().notWritten(skillId, read).stream()
                    .filter(cell)
                    .limit(SHOWN)
                    .toList();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        List<Block> blocks = new ArrayList<>();
        open.forEach(suggestion -> blocks.add(item(suggestion, "")));
        if (open.isEmpty()) {
            blocks.add(Section.of("", null, parts.messages().get(MessageKey.PROPOSALS_NONE)));
        }
        String notWrittenNote = parts.messages().get(MessageKey.PROPOSALS_NOT_WRITTEN);
        notWritten.forEach(suggestion -> blocks.add(item(suggestion, notWrittenNote)));
        String narrowed = Stream.concat(
                        level.map(parts::levelName).stream(), role.map(Role::id).map(parts::roleName).stream())
                .map(part -> " · " + part)
                .collect(Collectors.joining());
        String title = skill.map(s -> parts.messages().get(MessageKey.PROPOSALS_TITLE_SKILL, parts.name(s) + narrowed))
                .orElse(parts.messages().get(MessageKey.PROPOSALS_TITLE));
        return Optional.of(new Card(
                Card.Kind.PROPOSALS,
                title,
                List.of(parts.messages().get(MessageKey.CONTEXT_REVISION, catalog.revision())),
                List.of(),
                blocks,
                List.of(),
                title));
    }

    private Section item(SuggestionsView.OpenSuggestion suggestion, String note) {
        String skillName = catalog.skill(suggestion.skillId()).map(Skill::name).orElse(suggestion.skillId());
        String level = catalog.level(suggestion.levelId()).map(parts::levelName).orElse(suggestion.levelId());
        String heading = parts.messages()
                .get(
                        MessageKey.PROPOSALS_ITEM,
                        Long.toString(suggestion.id()),
                        skillName,
                        level + " · " + parts.roleName(suggestion.roleId()),
                        suggestion.author(),
                        LocalDate.ofInstant(suggestion.created(), ZoneOffset.UTC)
                                .toString());
        String link = suggestion.link() == null || suggestion.link().isBlank()
                ? ""
                : parts.messages().get(MessageKey.PROPOSALS_LINK) + ": " + suggestion.link();
        return Section.of(heading, null, String.join("\n", note, link).strip());
    }
}
