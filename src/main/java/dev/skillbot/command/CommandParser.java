package dev.skillbot.command;

import dev.skillbot.card.Mention;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.i18n.MessageKey;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the shared command language: {@code help}, {@code list [domain]},
 * {@code search <words>}, and {@code <skill> [level] [role]} in any word order, where two
 * levels ({@code senior..lead}, {@code senior vs lead}) ask for a comparison.
 */
public final class CommandParser {

    public static final int MAX_LENGTH = 500;
    /**
     * Marks the word after it as a skill id, whatever else it could be read as: canonical texts (see
     * {@link CommandText}) write {@code =search} for a skill whose id is a command word.
     */
    static final String SKILL_MARK = "=";

    /**
     * Words that ask for a comparison wherever they stand: the cards' "Compare with …" ("与…对比") button
     * invites typing "compare" ("对比", "比较").
     */
    static final Set<String> COMPARE_WORDS = Set.of("..", "vs", "vs.", "versus", "->", "→", "compare", "对比", "比较");

    /**
     * Any Unicode white space between words: a Chinese input method types the ideographic space (U+3000) and chat
     * clients paste no-break spaces, which {@code \s} alone does not split on ("gitops　高级" lost its level).
     */
    static final Pattern SPACES = Pattern.compile("(?U)\\s+");

    public Command parse(String input, Catalog catalog) {
        String text = input == null ? "" : input.strip();
        if (text.length() > MAX_LENGTH) {
            return new Command.Invalid(MessageKey.ERROR_TOO_LONG, List.of(text.length(), MAX_LENGTH));
        }
        List<String> tokens = WordsApart.tokens(unwrapped(text));
        if (tokens.isEmpty()) {
            return new Command.Help();
        }
        Optional<CommandWords.Verb> verb = CommandWords.verb(unwrapped(tokens.get(0)));
        if (verb.isEmpty()) {
            return LookupReader.read(tokens, catalog);
        }
        String rest = String.join(" ", tokens.subList(1, tokens.size()));
        switch (verb.get()) {
            case HELP -> {
                return new Command.Help();
            }
            case LIST -> {
                return new Command.ListSkills(everything(rest) ? "" : rest);
            }
            case SEARCH -> {
                return rest.isBlank()
                        ? new Command.Invalid(MessageKey.ERROR_EMPTY_SEARCH, List.of())
                        : new Command.Search(rest, typedAfterVerb(unwrapped(text), tokens.get(0), rest));
            }
            case SUGGEST -> {
                if (rest.isBlank()) {
                    return new Command.Invalid(MessageKey.ERROR_EMPTY_SUGGEST, List.of());
                }
                Command target = LookupReader.read(tokens.subList(1, tokens.size()), catalog);
                if (target instanceof Command.Lookup lookup) {
                    return new Command.Suggest(lookup.skillQuery(), lookup.level(), lookup.role());
                }
                if (target instanceof Command.CompareWithoutLevels compare) {
                    return new Command.Suggest(compare.skillQuery(), Optional.empty(), compare.role());
                }
                return target instanceof Command.Compare compare
                        ? new Command.Suggest(compare.skillQuery(), Optional.of(compare.to()), compare.role())
                        : target;
            }
            case ABOUT -> {
                return new Command.About();
            }
            case DIGEST -> {
                return digest(tokens.subList(1, tokens.size()));
            }
            case ME -> {
                // "me next sre lead" reads as the checklist it names, not as a profile with the unknown word "next"
                boolean checklist = tokens.size() > 1
                        && CommandWords.verb(tokens.get(1))
                                .filter(CommandWords.Verb.NEXT::equals)
                                .isPresent();
                return checklist
                        ? new Command.Personal(Command.Personal.Kind.NEXT, tokens.subList(2, tokens.size()))
                        : new Command.Personal(Command.Personal.Kind.ME, tokens.subList(1, tokens.size()));
            }
            case FOLLOW, UNFOLLOW -> {
                return new Command.Follow(verb.get() == CommandWords.Verb.FOLLOW, rest);
            }
            case NEXT -> {
                return new Command.Personal(Command.Personal.Kind.NEXT, tokens.subList(1, tokens.size()));
            }
            default -> {
                // "proposals gitops senior sre" reads its skill, level and role as a lookup does
                Command target = rest.isBlank() ? null : LookupReader.read(tokens.subList(1, tokens.size()), catalog);
                if (target instanceof Command.CompareWithoutLevels compare) { // "proposals gitops vs"
                    return new Command.Proposals(compare.skillQuery(), Optional.empty(), compare.role());
                }
                return target instanceof Command.Lookup lookup
                        ? new Command.Proposals(lookup.skillQuery(), lookup.level(), lookup.role())
                        : new Command.Proposals(rest, Optional.empty(), Optional.empty());
            }
        }
    }

    /**
     * The words after the command word as typed ({@code senior..lead}, {@code gitops高级}): the command's words
     * ({@code read}) when the command word was not typed apart from them.
     */
    private static String typedAfterVerb(String text, String verb, String read) {
        String[] verbAndRest = SPACES.split(text, 2);
        return verbAndRest.length == 2 && PartingMarks.trimmed(verbAndRest[0]).equals(verb)
                ? verbAndRest[1].strip()
                : read;
    }

    /** Quotes and markdown a command is pasted in: {@code "help"}, {@code `search drift`}, {@code *me*}, {@code “帮助”}. */
    private static final String WRAPPERS = "\"'`*_~“”‘’";

    /**
     * The text without the quotes or markdown around it, as a verb is typed or pasted ({@code "help"}, {@code *me
     * share*}): a verb in them was a skill no one has; the quotes around other words are read past as punctuation.
     */
    public static String unwrapped(String text) {
        int start = 0;
        int end = text.length();
        while (end - start >= 2
                && WRAPPERS.indexOf(text.charAt(start)) >= 0
                && WRAPPERS.indexOf(text.charAt(end - 1)) >= 0) {
            start++;
            end--;
        }
        return start == 0 ? text : text.substring(start, end).strip();
    }

    /** {@code list all}, {@code list all skills}, {@code 列出 全部}: the words of a list that asks for no domain. */
    private static final Set<String> EVERYTHING = Set.of("all", "everything", "skills", "the", "全部", "所有", "技能");

    private static boolean everything(String rest) {
        return Arrays.stream(SPACES.split(rest.strip()))
                .allMatch(word -> EVERYTHING.contains(word.toLowerCase(Locale.ROOT)));
    }

    private static Command digest(List<String> words) {
        String action = words.isEmpty() ? "preview" : words.get(0).toLowerCase(Locale.ROOT);
        String scope = String.join(" ", words.subList(Math.min(1, words.size()), words.size()));
        return switch (action) {
            case "subscribe", "sub", "on" -> new Command.Digest(Command.Digest.Action.SUBSCRIBE, scope);
            case "unsubscribe", "unsub", "off" ->
                // "digest unsubscribe gitops" would stop the whole digest, not gitops's part of it
                scope.isBlank()
                        ? new Command.Digest(Command.Digest.Action.UNSUBSCRIBE, "")
                        : new Command.Invalid(
                                MessageKey.ERROR_DIGEST_UNSUBSCRIBE_WORDS,
                                List.of(MessageCardBuilder.echo(Mention.unsaid(scope))));
            case "preview", "show" -> new Command.Digest(Command.Digest.Action.PREVIEW, scope);
            default -> new Command.Invalid(MessageKey.ERROR_DIGEST_USAGE, List.of());
        };
    }

    /** Whether a skill id written alone would be read as a command word instead of naming the skill. */
    static boolean isCommandWord(String word) {
        return CommandWords.verb(word).isPresent() || COMPARE_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }
}
