package dev.skillbot.command;

import dev.skillbot.card.Card;
import dev.skillbot.card.Section;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.Level;
import dev.skillbot.catalog.Role;
import dev.skillbot.chat.Invocation;
import dev.skillbot.command.MessageCardBuilder.Pick;
import dev.skillbot.i18n.MessageKey;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The answers to {@code follow <skill>}, {@code unfollow <skill>} and {@code follow} alone. The words are read as a
 * lookup reads them, so a typo, a level or a role ({@code follow gitpos senior}) still names the skill, which is
 * followed whole; words naming no skill, or several, get the lookup's explanation and buttons to the skills' cards
 * (which carry the Follow button).
 */
final class FollowAnswers {

    private final FollowCommands follows;
    private final Catalog catalog;
    private final CardParts parts;
    private final MessageCardBuilder explain;

    FollowAnswers(FollowCommands follows, Catalog catalog, CardParts parts, MessageCardBuilder explain) {
        this.follows = follows;
        this.catalog = catalog;
        this.parts = parts;
        this.explain = explain;
    }

    Card answer(Command.Follow follow, Invocation invocation) {
        Card notHere = explain.error(MessageKey.FOLLOW_NOT_HERE, List.of());
        if (follow.skillQuery().isBlank()) {
            return follows.here() ? followed(invocation) : notHere;
        }
        Command read = LookupReader.read(
                Arrays.asList(CommandParser.SPACES.split(follow.skillQuery().strip())), catalog);
        if (read instanceof Command.Invalid invalid) {
            return explain.error(invalid.reason(), invalid.args());
        }
        CommandHandler.Asked asked = skillOf(read, follow.skillQuery());
        return CommandHandler.withSkill(
                        asked,
                        catalog,
                        parts,
                        explain,
                        // the skill first, also where following does nothing: "follow gitopz" is answered as a lookup
                        skill -> follows.here() ? notice(follows.follow(invocation, skill, follow.on())) : notHere)
                .card();
    }

    /** The skill the follow's words name, read as a lookup reads them (a comparison's lower level, or none). */
    private static CommandHandler.Asked skillOf(Command read, String typed) {
        if (read instanceof Command.Compare compare) {
            return asked(compare.skillQuery(), Optional.of(compare.from()), compare.role());
        }
        if (read instanceof Command.Lookup lookup) {
            return asked(lookup.skillQuery(), lookup.level(), lookup.role());
        }
        if (read instanceof Command.CompareWithoutLevels compare) {
            return asked(compare.skillQuery(), Optional.empty(), compare.role());
        }
        return asked(typed, Optional.empty(), Optional.empty());
    }

    private static CommandHandler.Asked asked(String skillQuery, Optional<Level> level, Optional<Role> role) {
        return new CommandHandler.Asked(skillQuery, level, Optional.empty(), role, Pick.SHOW);
    }

    /** {@code follow} alone: the skills the asker follows, or how to follow one. */
    private Card followed(Invocation invocation) {
        Optional<List<String>> lines = follows.followed(invocation);
        if (lines.isEmpty()) {
            return explain.error(MessageKey.DIGEST_UNAVAILABLE, List.of());
        }
        return notice(
                lines.get().isEmpty()
                        ? parts.messages().get(MessageKey.FOLLOW_NONE)
                        : lines.get().stream().map(line -> "• " + line).collect(Collectors.joining("\n")));
    }

    private Card notice(String text) {
        return new Card(
                Card.Kind.NOTICE,
                parts.messages().get(MessageKey.ME_FOLLOWING),
                List.of(),
                List.of(),
                List.of(Section.of("", null, text)),
                List.of(),
                text);
    }
}
