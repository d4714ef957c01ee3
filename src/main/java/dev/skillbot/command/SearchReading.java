package dev.skillbot.command;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.CatalogSearch;
import dev.skillbot.catalog.Keys;
import dev.skillbot.catalog.Level;
import dev.skillbot.catalog.Role;
import dev.skillbot.catalog.Skill;
import dev.skillbot.i18n.MessageKey;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a search (the web page and the chat command) makes of a query's words: the skills they name ({@link SearchNaming}), read past every level
 * or role word when nothing else names one ({@code kubernetes platform} names Kubernetes Operations for the Platform
 * Engineer, although "platform" is also a word of Platform Engineering's name, which it names on its own and which
 * is then offered as an alternative); the levels and role the words read past name, which the page links to (two
 * levels: their comparison); and the words its full-text search looks for, without them ({@code gitops senior} looks
 * for "gitops"). Words that name no skill keep their levels and roles as filters of the full-text hits
 * ({@code devops senior}: every Senior DevOps cell; {@code rollback senior}: the Senior cells that mention
 * "rollback"). The static site's script ({@code assets/search.js}) reads a query the same way.
 *
 * @param alternatives other skills a word read past as a role names on its own (at most five)
 * @param candidates   "did you mean": the skills closest to the words searched for when the words name none, and
 *                     none when every word is a level or role, or markup or punctuation ({@link JunkWords})
 * @param levels       the levels the words read past name, in the order typed
 * @param roles        the roles they name, in the order typed
 * @param fullText     the words the full text is searched for: the query without the level and role words read past
 */
public record SearchReading(
        List<Skill> named,
        List<Skill> alternatives,
        List<Skill> candidates,
        List<Level> levels,
        List<Role> roles,
        String fullText) {

    static final int MOST_ALTERNATIVES = 5;
    /** command.CommandParser's split of a command's words, which {@link SearchNaming} reads. */
    private static final Pattern SPACES = Pattern.compile("(?U)\\s+");

    public static SearchReading of(String typed, Catalog catalog) {
        // words apart as the chat's command reads them (gitops高级, senior..lead), which the chat's search is given
        String query = WordsApart.apart(JunkWords.withoutMarkup(typed)).strip();
        List<String> words = Arrays.asList(SPACES.split(query));
        if (words.stream().allMatch(word -> isLevelOrRole(word, catalog))
                && catalog.matcher().exact(query).isEmpty()) {
            // "senior", "lead", "sre lead": levels and roles, not the start of Technical Leadership's name, unless a
            // name is just that; no skill is meant, so none is offered as meant
            return unnamed(List.of(), query, words, catalog);
        }
        SearchNaming.Reading reading = SearchNaming.of(query, catalog);
        if (reading.named().isEmpty()) {
            List<String> rest =
                    words.stream().filter(word -> !isLevelOrRole(word, catalog)).toList();
            SearchNaming.Reading withoutRoles =
                    rest.size() == words.size() ? reading : SearchNaming.of(String.join(" ", rest), catalog);
            if (withoutRoles.named().isEmpty()) {
                return unnamed(reading.candidates(), query, words, catalog);
            }
            reading = withoutRoles;
        }
        List<Skill> named = reading.named();
        Set<String> nameWords = new HashSet<>();
        named.forEach(skill -> nameWords.addAll(SearchNaming.nameWords(skill)));
        List<String> readPast = words.stream()
                .filter(word -> isLevelOrRole(word, catalog) && !nameWords.contains(Keys.compact(word)))
                .toList();
        List<String> rest =
                words.stream().filter(word -> !readPast.contains(word)).toList();
        return new SearchReading(
                named,
                alternatives(readPast, named, catalog),
                List.of(),
                levels(readPast, catalog),
                roles(readPast, catalog),
                String.join(" ", rest));
    }

    /**
     * Words that name no skill: their levels and roles filter the hits, the other words are searched for. Words that
     * are only levels or only roles ({@code platform}, {@code sre}, {@code senior}) are searched for as text: a
     * list of every cell of one column or row, in the catalog's order, answers no question. "Did you mean" is the
     * skills closest to the words searched for ({@code whole}: to the whole query), none when they are punctuation.
     */
    private static SearchReading unnamed(List<Skill> whole, String query, List<String> words, Catalog catalog) {
        List<String> filters =
                words.stream().filter(word -> isLevelOrRole(word, catalog)).toList();
        List<Level> levels = levels(filters, catalog);
        List<Role> roles = roles(filters, catalog);
        if (filters.size() == words.size() && (levels.isEmpty() || roles.isEmpty())) {
            return new SearchReading(List.of(), List.of(), whole, List.of(), List.of(), query);
        }
        String fullText = words.stream().filter(word -> !filters.contains(word)).collect(Collectors.joining(" "));
        // "rollback reliability" was offered Mobile Performance and Reliability beside the SRE cells that mention
        // rollback
        List<Skill> candidates = !JunkWords.holdLetters(fullText)
                ? List.of()
                : fullText.equals(query)
                        ? whole
                        : catalog.matcher().match(fullText).candidates();
        return new SearchReading(List.of(), List.of(), candidates, levels, roles, fullText);
    }

    private static boolean isLevelOrRole(String word, Catalog catalog) {
        return catalog.levelAndRoleKeys().contains(Keys.compact(word));
    }

    private static List<Level> levels(List<String> words, Catalog catalog) {
        return words.stream()
                .flatMap(word -> catalog.levelByAlias(word).stream())
                .distinct()
                .toList();
    }

    private static List<Role> roles(List<String> words, Catalog catalog) {
        return words.stream()
                .filter(word -> catalog.levelByAlias(word).isEmpty())
                .flatMap(word -> catalog.roleByAlias(word).stream())
                .distinct()
                .toList();
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

    /** The (first) level the words name. */
    public Optional<Level> level() {
        return levels.stream().findFirst();
    }

    /** The (first) role the words name. */
    public Optional<Role> role() {
        return roles.stream().findFirst();
    }

    /**
     * The two levels a named skill is compared between, lower first, when the words name two or more
     * ({@code gitops lead senior} compares Senior with Lead); the first two typed count.
     */
    public Optional<List<Level>> compared() {
        if (named.isEmpty() || levels.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(levels.subList(0, 2).stream()
                .sorted(Comparator.comparingInt(Level::rank))
                .toList());
    }

    /** The levels and roles that filter the hits of words that name no skill ({@code devops senior}), if any. */
    public CatalogSearch.Filter filter() {
        return named.isEmpty()
                ? new CatalogSearch.Filter(
                        levels.stream().map(Level::id).toList(),
                        roles.stream().map(Role::id).toList())
                : CatalogSearch.Filter.NONE;
    }

    /** The levels and roles that filter the hits, as the reader reads them: {@code Senior · DevOps Engineer}. */
    public String filterLabel(String lang) {
        return Stream.of(
                        levels.stream().map(level -> level.name(lang)).collect(Collectors.joining(", ")),
                        roles.stream().map(role -> role.name(lang)).collect(Collectors.joining(", ")))
                .filter(part -> !part.isEmpty())
                .collect(Collectors.joining(" · "));
    }

    /**
     * What a search that found nothing says: that nothing mentions the words, or, when every word searched for has
     * one letter ({@code a}, {@code </b>}, also beside a filter: {@code senior a}), that they are too short to search
     * for.
     */
    public MessageKey nothingFound() {
        return CatalogSearch.tooShort(fullText) ? MessageKey.SEARCH_TOO_SHORT : MessageKey.SEARCH_NONE;
    }

    /** The words a search that found nothing says nothing mentions: those searched for, else the whole query. */
    public String unmatched(String query) {
        return fullText.isBlank() ? query : fullText;
    }

    /**
     * The full-text hits to list, at most {@code limit}, and how many there are: every hit at the filter's levels and
     * roles, but a named skill's own (it is shown above them, as named); none when the words searched for are all too
     * short, even with a filter that would list its cells without words.
     */
    public CatalogSearch.Result hits(Catalog catalog, int limit, String locale) {
        if (CatalogSearch.tooShort(fullText)) {
            // "senior a" listed every Senior cell: the word typed was dropped, leaving the filter alone
            return new CatalogSearch.Result(List.of(), 0);
        }
        List<CatalogSearch.Hit> all =
                CatalogSearch.search(catalog, fullText, Integer.MAX_VALUE, locale, filter()).hits().stream()
                        .filter(hit -> hit.isCell() || !named.contains(hit.skill()))
                        .toList();
        return new CatalogSearch.Result(all.subList(0, Math.min(limit, all.size())), all.size());
    }

    /** The role to show on a skill's page: the one the words name, when the skill includes it. */
    public Optional<Role> roleOf(Skill skill) {
        return role().filter(r -> skill.includesRole(r.id()));
    }
}
