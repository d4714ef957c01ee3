package dev.skillbot.command;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.Level;
import dev.skillbot.catalog.Role;
import dev.skillbot.i18n.MessageKey;
import java.util.ArrayList;
import java.util.Comparator;
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
    private static final Set<String> COMPARE_WORDS =
            Set.of("..", "vs", "vs.", "versus", "->", "→", "compare", "对比", "比较");

    private static final int LONGEST_ALIAS_WORDS = 3;

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
        List<String> tokens = tokens(text);
        if (tokens.isEmpty()) {
            return new Command.Help();
        }
        Optional<CommandWords.Verb> verb = CommandWords.verb(tokens.get(0));
        if (verb.isEmpty()) {
            return lookup(tokens, catalog);
        }
        String rest = String.join(" ", tokens.subList(1, tokens.size()));
        switch (verb.get()) {
            case HELP -> {
                return new Command.Help();
            }
            case LIST -> {
                return new Command.ListSkills(rest);
            }
            case SEARCH -> {
                return rest.isBlank()
                        ? new Command.Invalid(MessageKey.ERROR_EMPTY_SEARCH, List.of())
                        : new Command.Search(rest);
            }
            case SUGGEST -> {
                if (rest.isBlank()) {
                    return new Command.Invalid(MessageKey.ERROR_EMPTY_SUGGEST, List.of());
                }
                Command target = lookup(tokens.subList(1, tokens.size()), catalog);
                if (target instanceof Command.Lookup lookup) {
                    return new Command.Suggest(lookup.skillQuery(), lookup.level(), lookup.role());
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
                return new Command.Personal(Command.Personal.Kind.ME, tokens.subList(1, tokens.size()));
            }
            case NEXT -> {
                return new Command.Personal(Command.Personal.Kind.NEXT, tokens.subList(1, tokens.size()));
            }
            default -> {
                return new Command.Proposals(rest);
            }
        }
    }

    private static Command digest(List<String> words) {
        String action = words.isEmpty() ? "preview" : words.get(0).toLowerCase(Locale.ROOT);
        String scope = String.join(" ", words.subList(Math.min(1, words.size()), words.size()));
        return switch (action) {
            case "subscribe", "sub", "on" -> new Command.Digest(Command.Digest.Action.SUBSCRIBE, scope);
            case "unsubscribe", "unsub", "off" -> new Command.Digest(Command.Digest.Action.UNSUBSCRIBE, "");
            case "preview", "show" -> new Command.Digest(Command.Digest.Action.PREVIEW, scope);
            default -> new Command.Invalid(MessageKey.ERROR_DIGEST_USAGE, List.of());
        };
    }

    private static List<String> tokens(String text) {
        String spaced = text.replace("..", " .. ").replace("->", " -> ").replace("→", " → ");
        List<String> tokens = new ArrayList<>();
        for (String token : SPACES.split(spaced)) {
            if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    /** Whether a skill id written alone would be read as a command word instead of naming the skill. */
    static boolean isCommandWord(String word) {
        return CommandWords.verb(word).isPresent() || COMPARE_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * A lookup. Canonical texts start with the skill's id: a first word that is a skill's id and also
     * a level or role ({@code lead}, {@code sre}) is that skill when the rest then reads as levels and
     * roles; {@code =id} always is the skill.
     */
    private Command lookup(List<String> tokens, Catalog catalog) {
        String first = tokens.get(0);
        List<String> rest = tokens.subList(1, tokens.size());
        if (first.startsWith(SKILL_MARK) && first.length() > SKILL_MARK.length()) {
            return lookup(Optional.of(first.substring(SKILL_MARK.length())), rest, catalog);
        }
        boolean firstIsAlsoASkill =
                catalog.skill(first.toLowerCase(Locale.ROOT)).isPresent()
                        && (catalog.levelByAlias(first).isPresent()
                                || catalog.roleByAlias(first).isPresent());
        if (firstIsAlsoASkill) {
            Command skillFirst = lookup(Optional.of(first), rest, catalog);
            if (namesASkill(skillFirst, catalog)) {
                return skillFirst;
            }
        }
        return MistypedWords.bestReading(tokens, catalog, words -> lookup(Optional.empty(), words, catalog));
    }

    private static boolean namesASkill(Command command, Catalog catalog) {
        String skillQuery = MistypedWords.skillQuery(command);
        return !skillQuery.isEmpty() && catalog.matcher().exact(skillQuery).isPresent();
    }

    private Command lookup(Optional<String> skillId, List<String> tokens, Catalog catalog) {
        List<Level> levels = new ArrayList<>();
        SkillWords words = new SkillWords(skillId);
        boolean compare = false;
        for (int i = 0; i < tokens.size(); ) {
            if (COMPARE_WORDS.contains(tokens.get(i).toLowerCase(Locale.ROOT))) {
                compare = true;
                i++;
                continue;
            }
            int consumed = 0;
            for (int width = Math.min(LONGEST_ALIAS_WORDS, tokens.size() - i); width > 0 && consumed == 0; width--) {
                List<String> window = tokens.subList(i, i + width);
                if (window.stream().anyMatch(token -> COMPARE_WORDS.contains(token.toLowerCase(Locale.ROOT)))) {
                    continue;
                }
                String phrase = String.join(" ", window);
                Optional<Level> level = catalog.levelByAlias(phrase);
                Optional<Role> role = level.isPresent() ? Optional.empty() : catalog.roleByAlias(phrase);
                if (level.isPresent()) {
                    levels.add(level.get());
                    consumed = width;
                } else if (role.isPresent()) {
                    words.addRole(role.get(), window, i);
                    consumed = width;
                }
            }
            if (consumed == 0) {
                words.add(tokens.get(i), i);
                consumed = 1;
            }
            i += consumed;
        }
        SkillWords.Reading reading = words.read(catalog, skillId.isPresent());
        String skillQuery = reading.skillQuery();
        Optional<Role> role = reading.role();
        if (levels.size() > 2) {
            return new Command.Invalid(MessageKey.ERROR_TOO_MANY_LEVELS, List.of(String.join(" ", tokens)));
        }
        if (reading.severalRoles()) {
            return new Command.Invalid(MessageKey.ERROR_TOO_MANY_ROLES, List.of(String.join(" ", tokens)));
        }
        if (skillQuery.isBlank()) {
            String hint = levels.isEmpty()
                    ? catalog.levels().get(catalog.levels().size() / 2).id()
                    : levels.get(0).id();
            return new Command.Invalid(MessageKey.ERROR_MISSING_SKILL, List.of(hint));
        }
        if (levels.size() == 2 || compare) {
            return comparison(skillQuery, levels, role, catalog);
        }
        return new Command.Lookup(skillQuery, levels.stream().findFirst(), role);
    }

    private static Command comparison(String skillQuery, List<Level> levels, Optional<Role> role, Catalog catalog) {
        if (levels.isEmpty()) {
            return new Command.Lookup(skillQuery, Optional.empty(), role);
        }
        List<Level> ordered =
                levels.stream().sorted(Comparator.comparingInt(Level::rank)).toList();
        Level from = ordered.get(0);
        Optional<Level> to = ordered.size() == 2 ? Optional.of(ordered.get(1)) : catalog.next(from);
        if (to.isEmpty()) {
            return new Command.Lookup(skillQuery, Optional.of(from), role);
        }
        if (to.get().equals(from)) {
            return new Command.Invalid(MessageKey.ERROR_SAME_LEVEL, List.of(skillQuery));
        }
        return new Command.Compare(skillQuery, from, to.get(), role);
    }
}
