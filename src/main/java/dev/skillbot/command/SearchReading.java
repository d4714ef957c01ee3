package dev.skillbot.command;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.Keys;
import dev.skillbot.catalog.Level;
import dev.skillbot.catalog.Role;
import dev.skillbot.catalog.Skill;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a search (the web page and the chat command) makes of a query's words: the skills they name ({@link SearchNaming}), read past every level
 * or role word when nothing else names one ({@code kubernetes platform} names Kubernetes Operations for the Platform
 * Engineer, although "platform" is also a word of Platform Engineering's name, which it names on its own and which
 * is then offered as an alternative); the level and role the words read past name, which the page links to; and the words its full-text
 * search looks for, without them ({@code gitops senior} looks for "gitops"). The static site's script
 * ({@code assets/search.js}) reads a query the same way.
 *
 * @param alternatives other skills a word read past as a role names on its own (at most five)
 * @param candidates   "did you mean": the closest skills when the words name none, and none when every word is a
 *                     level or role
 * @param fullText     the words the full text is searched for: the query without the level and role words read past
 */
public record SearchReading(
        List<Skill> named,
        List<Skill> alternatives,
        List<Skill> candidates,
        Optional<Level> level,
        Optional<Role> role,
        String fullText) {

    static final int MOST_ALTERNATIVES = 5;
    /** command.CommandParser's split of a command's words, which {@link SearchNaming} reads. */
    private static final Pattern SPACES = Pattern.compile("(?U)\\s+");

    public static SearchReading of(String query, Catalog catalog) {
        List<String> words = Arrays.asList(SPACES.split(query.strip()));
        if (words.stream().allMatch(word -> catalog.levelAndRoleKeys().contains(Keys.compact(word)))
                && catalog.matcher().exact(query).isEmpty()) {
            // "senior", "lead", "sre lead": levels and roles, not the start of Technical Leadership's name, unless a
            // name is just that; no skill is meant, so none is offered as meant
            return unnamed(List.of(), query);
        }
        SearchNaming.Reading reading = SearchNaming.of(query, catalog);
        if (reading.named().isEmpty()) {
            List<String> rest = words.stream()
                    .filter(word -> !catalog.levelAndRoleKeys().contains(Keys.compact(word)))
                    .toList();
            SearchNaming.Reading withoutRoles =
                    rest.size() == words.size() ? reading : SearchNaming.of(String.join(" ", rest), catalog);
            if (withoutRoles.named().isEmpty()) {
                return unnamed(reading.candidates(), query);
            }
            reading = withoutRoles;
        }
        List<Skill> named = reading.named();
        Set<String> nameWords = new HashSet<>();
        named.forEach(skill -> nameWords.addAll(SearchNaming.nameWords(skill)));
        List<String> readPast = words.stream()
                .filter(word -> catalog.levelAndRoleKeys().contains(Keys.compact(word))
                        && !nameWords.contains(Keys.compact(word)))
                .toList();
        Optional<Level> level = readPast.stream()
                .flatMap(word -> catalog.levelByAlias(word).stream())
                .findFirst();
        Optional<Role> role = readPast.stream()
                .filter(word -> catalog.levelByAlias(word).isEmpty())
                .flatMap(word -> catalog.roleByAlias(word).stream())
                .findFirst();
        List<String> rest =
                words.stream().filter(word -> !readPast.contains(word)).toList();
        return new SearchReading(
                named, alternatives(readPast, named, catalog), List.of(), level, role, String.join(" ", rest));
    }

    private static SearchReading unnamed(List<Skill> candidates, String query) {
        return new SearchReading(List.of(), List.of(), candidates, Optional.empty(), Optional.empty(), query);
    }

    /**
     * The skills, other than those named, that a word read past as a role names on its own, as the matcher reads it
     * ("platform" the one skill whose name starts so), when it is a word of that skill's names.
     */
    private static List<Skill> alternatives(List<String> readPast, List<Skill> named, Catalog catalog) {
        return readPast.stream()
                .filter(word -> catalog.levelByAlias(word).isEmpty()) // "gitops senior lead" means the level
                .map(Keys::compact)
                .distinct()
                .flatMap(key -> catalog.matcher().match(key).skill().stream()
                        .filter(skill -> SearchNaming.nameWords(skill).contains(key)))
                .filter(skill -> !named.contains(skill))
                .distinct()
                .limit(MOST_ALTERNATIVES)
                .toList();
    }

    /** The role to show on a skill's page: the one the words name, when the skill includes it. */
    public Optional<Role> roleOf(Skill skill) {
        return role.filter(r -> skill.includesRole(r.id()));
    }
}
