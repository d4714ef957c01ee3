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

/**
 * Reads a lookup's words in any order: the skill's name, at most one role, and one level, or two levels (or one with
 * a compare word) for a comparison.
 */
final class LookupReader {

    private static final int LONGEST_ALIAS_WORDS = 3;

    private LookupReader() {}

    /**
     * A lookup. Canonical texts start with the skill's id: a first word that is a skill's id and also
     * a level or role ({@code lead}, {@code sre}) is that skill when the rest then reads as levels and
     * roles; {@code =id} always is the skill. A page word written out ({@code page 2}, {@code 第2页}) is named: a lookup
     * has no pages, and its number is no level. Punctuation typed for a space parts words ({@link PartingMarks}), and a level
     * or role typed against 的 is a word of its own ({@link PossessiveWords}).
     */
    static Command read(List<String> typed, Catalog catalog) {
        Optional<String> page = PageWords.spelledOut(typed); // "gitops 第2页" read its 2 as Middle
        if (page.isPresent()) {
            return new Command.Invalid(MessageKey.ERROR_LOOKUP_PAGE, List.of(page.get()));
        }
        List<String> parted = PartingMarks.apart(typed, catalog);
        // "{}" or ":rocket:" alone is no word once parted: the text as typed names no skill, and is said to
        List<String> tokens = PossessiveWords.apart(parted.isEmpty() ? typed : parted, catalog);
        String first = tokens.get(0);
        List<String> rest = tokens.subList(1, tokens.size());
        if (first.startsWith(CommandParser.SKILL_MARK) && first.length() > CommandParser.SKILL_MARK.length()) {
            return lookup(Optional.of(first.substring(CommandParser.SKILL_MARK.length())), rest, catalog)
                    .command();
        }
        boolean firstIsAlsoASkill =
                catalog.skill(first.toLowerCase(Locale.ROOT)).isPresent()
                        && (catalog.levelByAlias(first).isPresent()
                                || catalog.roleByAlias(first).isPresent());
        if (firstIsAlsoASkill) {
            LookupReading skillFirst = lookup(Optional.of(first), rest, catalog);
            if (!(skillFirst.command() instanceof Command.Invalid)
                    && catalog.matcher().exact(skillFirst.skillQuery()).isPresent()) {
                return skillFirst.command();
            }
        }
        return MistypedWords.bestReading(tokens, catalog, words -> lookup(Optional.empty(), words, catalog))
                .command();
    }

    /**
     * What a lookup's words were read as, with the words taken for the skill's name (empty when none were): an
     * error about its levels or roles still says whether those words name a skill.
     */
    record LookupReading(Command command, String skillQuery) {}

    private static LookupReading lookup(Optional<String> skillId, List<String> tokens, Catalog catalog) {
        List<Level> levels = new ArrayList<>();
        SkillWords words = new SkillWords(skillId);
        boolean compare = false;
        for (int i = 0; i < tokens.size(); ) {
            if (CommandParser.COMPARE_WORDS.contains(tokens.get(i).toLowerCase(Locale.ROOT))) {
                compare = true;
                i++;
                continue;
            }
            int consumed = 0;
            for (int width = Math.min(LONGEST_ALIAS_WORDS, tokens.size() - i); width > 0 && consumed == 0; width--) {
                List<String> window = tokens.subList(i, i + width);
                if (window.stream()
                        .anyMatch(token -> CommandParser.COMPARE_WORDS.contains(token.toLowerCase(Locale.ROOT)))) {
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
            return new LookupReading(
                    new Command.Invalid(MessageKey.ERROR_TOO_MANY_LEVELS, List.of(String.join(" ", tokens))),
                    skillQuery);
        }
        if (reading.severalRoles()) {
            return new LookupReading(
                    new Command.Invalid(MessageKey.ERROR_TOO_MANY_ROLES, List.of(String.join(" ", tokens))),
                    skillQuery);
        }
        if (skillQuery.isBlank()) {
            String hint = levels.isEmpty()
                    ? catalog.levels().get(catalog.levels().size() / 2).id()
                    : levels.get(0).id();
            return new LookupReading(new Command.Invalid(MessageKey.ERROR_MISSING_SKILL, List.of(hint)), "");
        }
        if (levels.size() == 2 || compare) {
            return new LookupReading(comparison(skillQuery, levels, role, catalog), skillQuery);
        }
        return new LookupReading(new Command.Lookup(skillQuery, levels.stream().findFirst(), role), skillQuery);
    }

    private static Command comparison(String skillQuery, List<Level> levels, Optional<Role> role, Catalog catalog) {
        if (levels.isEmpty()) {
            return new Command.CompareWithoutLevels(skillQuery, role);
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
