package dev.skillbot.me;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.EditDistance;
import dev.skillbot.catalog.Keys;
import dev.skillbot.catalog.Labels;
import dev.skillbot.catalog.Level;
import dev.skillbot.catalog.Role;
import dev.skillbot.command.PageWords;
import dev.skillbot.command.PartingMarks;
import dev.skillbot.i18n.MessageKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads the role, levels and page of {@code me …} and {@code next …}: any word order, every alias
 * and label the lookups accept, one typo forgiven when it leaves a single closest name; a word that
 * is none of them is kept, so the caller can answer with the closest roles and levels.
 *
 * @param levels    in the order typed
 * @param page      from {@code p2} ({@link PageWords}), zero-based
 * @param pageWord  the page asked for, as {@code p2}, when one was
 * @param unknown   words that are no role, level or page
 * @param otherRole a second, different role, which leaves open which one was meant
 */
record RoleLevelWords(
        Optional<Role> role,
        List<Level> levels,
        int page,
        Optional<String> pageWord,
        List<String> unknown,
        Optional<Role> otherRole) {

    private static final int SUGGESTIONS = 3;
    private static final int SUGGESTION_DISTANCE = 12;
    /** The most words of a role's or level's name: {@code Site Reliability Engineer (SRE)}. */
    private static final int LONGEST_NAME = 4;

    static RoleLevelWords read(List<String> words, Catalog catalog) {
        Optional<Role> role = Optional.empty();
        Optional<Role> other = Optional.empty();
        List<Level> levels = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        Optional<String> pageWord = Optional.empty();
        // "sre,senior" as a lookup reads it; "page 2" as the page buttons write it
        for (String word : phrases(PageWords.joined(PartingMarks.apart(words, catalog)), catalog)) {
            if (word.equals("..")) {
                continue;
            }
            if (PageWords.isPage(word)) {
                pageWord = Optional.of(word);
                continue;
            }
            Optional<Level> level = catalog.levelByAlias(word).or(() -> closeLevel(word, catalog));
            if (level.isPresent()) {
                levels.add(level.get());
                continue;
            }
            Optional<Role> named = catalog.roleByAlias(word).or(() -> closeRole(word, catalog));
            if (named.isEmpty()) {
                unknown.add(word);
            } else if (role.isEmpty()) {
                role = named;
            } else if (!role.equals(named) && other.isEmpty()) {
                other = named;
            }
        }
        return new RoleLevelWords(role, levels, pageWord.map(PageWords::page).orElse(0), pageWord, unknown, other);
    }

    /**
     * The words with each run that is a role's or level's name of several words as one ({@code site reliability
     * engineer (sre)}, the label SRE is shown by), whose words alone were no role, or another one (QA for
     * "engineer"). At most {@link #LONGEST_NAME} words a run, longest first.
     */
    private static List<String> phrases(List<String> words, Catalog catalog) {
        List<String> read = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); ) {
            int width = Math.min(LONGEST_NAME, words.size() - i);
            while (width > 1) {
                String phrase = String.join(" ", words.subList(i, i + width));
                if (catalog.levelByAlias(phrase).isPresent()
                        || catalog.roleByAlias(phrase).isPresent()) {
                    break;
                }
                width--;
            }
            read.add(String.join(" ", words.subList(i, i + width)));
            i += width;
        }
        return read;
    }

    /** What the answer says is wrong with the words: two roles, or a word that is none (with the closest names). */
    Optional<String> problem(MeContext me) {
        if (otherRole.isPresent()) {
            return Optional.of(
                    me.t(MessageKey.ME_TWO_ROLES, me.roleName(role.orElseThrow()), me.roleName(otherRole.get())));
        }
        return unknown.stream()
                .findFirst()
                .map(word -> me.t(
                        MessageKey.ME_UNKNOWN_WORD,
                        ProfileCards.clip(word),
                        String.join(", ", closest(word, me.catalog(), me.locale()))));
    }

    /** The roles and levels whose names come closest to {@code word}, as "SRE, Senior, …". */
    static List<String> closest(String word, Catalog catalog, String locale) {
        record Named(String name, int distance) {}
        String key = Keys.compact(word);
        Stream<Named> roles = catalog.roles().stream()
                .map(role -> new Named(
                        role.shortName(),
                        distance(key, names(role.id(), role.shortName(), role.labels(), role.aliases()))));
        Stream<Named> levels = catalog.levels().stream()
                .map(level -> new Named(
                        level.name(locale),
                        distance(key, names(level.id(), level.id(), level.labels(), level.aliases()))));
        return Stream.concat(roles, levels)
                .sorted(Comparator.comparingInt(Named::distance))
                .limit(SUGGESTIONS)
                .map(Named::name)
                .toList();
    }

    private static Optional<Level> closeLevel(String word, Catalog catalog) {
        return unique(word, catalog.levels(), level -> names(level.id(), level.id(), level.labels(), level.aliases()));
    }

    private static Optional<Role> closeRole(String word, Catalog catalog) {
        return unique(word, catalog.roles(), role -> names(role.id(), role.shortName(), role.labels(), role.aliases()));
    }

    /** The one candidate within a typo of the word (two for longer words), if exactly one is. */
    private static <T> Optional<T> unique(
            String word, List<T> candidates, java.util.function.Function<T, List<String>> namesOf) {
        String key = Keys.compact(word);
        if (key.length() < 4) {
            return Optional.empty();
        }
        int allowed = key.length() >= 8 ? 2 : 1;
        List<T> close = candidates.stream()
                .filter(candidate -> distance(key, namesOf.apply(candidate)) <= allowed)
                .toList();
        return close.size() == 1 ? Optional.of(close.get(0)) : Optional.empty();
    }

    private static List<String> names(String id, String shortName, Labels labels, List<String> aliases) {
        return Stream.of(Stream.of(id, shortName), labels.byLocale().values().stream(), aliases.stream())
                .flatMap(s -> s)
                .map(Keys::compact)
                .filter(name -> !name.isEmpty())
                .toList();
    }

    private static int distance(String key, List<String> names) {
        return names.stream().mapToInt(name -> levenshtein(key, name)).min().orElse(Integer.MAX_VALUE);
    }

    /** The matcher's own typo distance (Levenshtein plus adjacent transpositions), capped beyond what a suggestion needs. */
    static int levenshtein(String a, String b) {
        return EditDistance.whole(new EditDistance().distances(a, b, SUGGESTION_DISTANCE));
    }
}
