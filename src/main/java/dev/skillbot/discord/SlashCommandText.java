package dev.skillbot.discord;

import static dev.skillbot.discord.DiscordCommands.ABOUT;
import static dev.skillbot.discord.DiscordCommands.ACTION;
import static dev.skillbot.discord.DiscordCommands.ASK;
import static dev.skillbot.discord.DiscordCommands.COMPARE;
import static dev.skillbot.discord.DiscordCommands.DIGEST;
import static dev.skillbot.discord.DiscordCommands.DOMAIN;
import static dev.skillbot.discord.DiscordCommands.EXPORT;
import static dev.skillbot.discord.DiscordCommands.FOLLOW;
import static dev.skillbot.discord.DiscordCommands.FORGET;
import static dev.skillbot.discord.DiscordCommands.FORMAT;
import static dev.skillbot.discord.DiscordCommands.FROM;
import static dev.skillbot.discord.DiscordCommands.ID;
import static dev.skillbot.discord.DiscordCommands.LEVEL;
import static dev.skillbot.discord.DiscordCommands.LIST;
import static dev.skillbot.discord.DiscordCommands.LOOKUP;
import static dev.skillbot.discord.DiscordCommands.ME;
import static dev.skillbot.discord.DiscordCommands.NEXT;
import static dev.skillbot.discord.DiscordCommands.PERSON;
import static dev.skillbot.discord.DiscordCommands.PROPOSALS;
import static dev.skillbot.discord.DiscordCommands.QUERY;
import static dev.skillbot.discord.DiscordCommands.ROLE;
import static dev.skillbot.discord.DiscordCommands.SCOPE;
import static dev.skillbot.discord.DiscordCommands.SEARCH;
import static dev.skillbot.discord.DiscordCommands.SET;
import static dev.skillbot.discord.DiscordCommands.SHARE;
import static dev.skillbot.discord.DiscordCommands.SHARES;
import static dev.skillbot.discord.DiscordCommands.SKILL;
import static dev.skillbot.discord.DiscordCommands.SUGGEST;
import static dev.skillbot.discord.DiscordCommands.TEXT;
import static dev.skillbot.discord.DiscordCommands.TO;
import static dev.skillbot.discord.DiscordCommands.UNFOLLOW;
import static dev.skillbot.discord.DiscordCommands.UNSHARE;

import dev.skillbot.command.CommandText;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A {@code /skill} subcommand and its options as a command of the shared language, the same text
 * a Slack user would type: lookup gives {@code <skill> <level> <role>}, compare gives
 * {@code <skill> <from>..<to> <role>}, digest gives {@code digest <action> <scope>}.
 */
final class SlashCommandText {

    private SlashCommandText() {}

    /** {@code /skill me set role:sre level:senior} gives {@code me sre senior}; {@code /skill next} gives {@code next <role> <level>}. */
    static String of(String group, String subcommand, Map<String, String> options) {
        if (!ME.equals(group)) {
            return of(subcommand, options);
        }
        return switch (subcommand == null ? "" : subcommand) {
            case SET -> words(ME, options.get(ROLE), options.get(LEVEL));
            case FORGET -> words(ME, FORGET);
            case EXPORT -> words(ME, EXPORT, options.get(FORMAT));
            case SHARE -> words(ME, SHARE, options.get(PERSON));
            case SHARES -> words(ME, SHARES);
            case UNSHARE -> words(ME, UNSHARE, options.get(ID));
            default -> ME;
        };
    }

    static String of(String subcommand, Map<String, String> options) {
        switch (subcommand == null ? "" : subcommand) {
            case LOOKUP:
                return words(skill(options), options.get(LEVEL), options.get(ROLE));
            case COMPARE:
                String levels = words(options.get(FROM)) + ".." + words(options.get(TO));
                return words(skill(options), levels, options.get(ROLE));
            case SEARCH:
                return words(SEARCH, options.get(QUERY));
            case LIST:
                return words(LIST, options.get(DOMAIN));
            case ASK:
                return words(options.get(TEXT));
            case SUGGEST:
                return words(SUGGEST, options.get(SKILL), options.get(LEVEL), options.get(ROLE));
            case PROPOSALS:
                return words(PROPOSALS, options.get(SKILL));
            case DIGEST:
                return words(DIGEST, options.get(ACTION), options.get(SCOPE));
            case ABOUT:
                return ABOUT;
            case FOLLOW:
                return words(FOLLOW, options.get(SKILL));
            case UNFOLLOW:
                return words(UNFOLLOW, options.get(SKILL));
            case NEXT:
                return words(NEXT, options.get(ROLE), options.get(LEVEL));
            default:
                return "help";
        }
    }

    /** The skill option, which names a skill even when it reads like a command word ("Search"). */
    private static String skill(Map<String, String> options) {
        String skill = options.get(SKILL);
        return skill == null || skill.isBlank() ? skill : CommandText.skillFirst(skill);
    }

    private static String words(String... parts) {
        return Stream.of(parts)
                .filter(Objects::nonNull)
                .map(part -> part.replaceAll("\\s+", " ").strip())
                .filter(part -> !part.isEmpty())
                .collect(Collectors.joining(" "));
    }
}
