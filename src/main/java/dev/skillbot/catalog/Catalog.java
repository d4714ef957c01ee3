package dev.skillbot.catalog;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** An immutable snapshot of the whole catalog, with the indexes every lookup needs. */
public final class Catalog {

    private final List<Level> levels;
    private final List<Role> roles;
    private final List<Domain> domains;
    private final List<Skill> skills;
    private final String revision;
    private final SkillKeyIndex keys;
    private final Map<String, Role> rolesById;
    private final Map<String, Domain> domainsById;
    private final Map<String, Level> levelsById;
    private final Map<String, Level> levelsByKey;
    private final Map<String, Role> rolesByKey;
    private final Set<String> levelAndRoleKeys;
    private final SkillMatcher matcher;
    private final CatalogLocales locales;

    public Catalog(List<Level> levels, List<Role> roles, List<Domain> domains, List<Skill> skills, String revision) {
        this(levels, roles, domains, skills, revision, CatalogLocales.DEFAULT);
    }

    /** A catalog whose texts are in {@code locales}, the first of them its default language. */
    public Catalog(
            List<Level> levels,
            List<Role> roles,
            List<Domain> domains,
            List<Skill> skills,
            String revision,
            CatalogLocales locales) {
        this(levels, roles, domains, skills, revision, locales, null);
    }

    /**
     * A catalog that shares {@code previous}'s lookup index when its skills have the same ids, names
     * and aliases in the same order, as after a reload that edited texts only.
     */
    Catalog(
            List<Level> levels,
            List<Role> roles,
            List<Domain> domains,
            List<Skill> skills,
            String revision,
            CatalogLocales locales,
            Catalog previous) {
        this.locales = locales;
        this.levels =
                levels.stream().sorted(Comparator.comparingInt(Level::rank)).toList();
        this.roles = List.copyOf(roles);
        this.domains = List.copyOf(domains);
        this.skills = skills.stream()
                .sorted(Comparator.comparing(Skill::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        this.revision = revision;
        this.rolesById = index(this.roles, Role::id);
        this.domainsById = index(this.domains, Domain::id);
        this.levelsById = index(this.levels, Level::id);
        this.levelsByKey = new HashMap<>();
        for (Level level : this.levels) {
            keysOf(level.id(), level.labels(), level.aliases()).forEach(key -> levelsByKey.putIfAbsent(key, level));
        }
        this.rolesByKey = new HashMap<>();
        for (Role role : this.roles) {
            keysOf(role.id(), role.labels(), role.aliases()).forEach(key -> rolesByKey.putIfAbsent(key, role));
            rolesByKey.putIfAbsent(Keys.compact(role.shortName()), role);
        }
        this.levelAndRoleKeys = Stream.concat(levelsByKey.keySet().stream(), rolesByKey.keySet().stream())
                .collect(Collectors.toUnmodifiableSet());
        this.keys = SkillKeyIndex.of(this.skills, previous == null ? null : previous.keys);
        this.matcher = new SkillMatcher(this.skills, keys);
    }

    private static List<String> keysOf(String id, Labels labels, List<String> aliases) {
        return Stream.concat(Stream.concat(Stream.of(id), aliases.stream()), labels.byLocale().values().stream())
                .map(Keys::compact)
                .filter(key -> !key.isEmpty())
                .toList();
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toUnmodifiableMap(id, Function.identity(), (a, b) -> a));
    }

    public List<Level> levels() {
        return levels;
    }

    public List<Role> roles() {
        return roles;
    }

    public List<Domain> domains() {
        return domains;
    }

    /** Skills sorted by name. */
    public List<Skill> skills() {
        return skills;
    }

    /** A content hash of every catalog file: equal files, equal revision. */
    public String revision() {
        return revision;
    }

    /** The languages this catalog's texts may be in, and the one a plain text means. */
    public CatalogLocales locales() {
        return locales;
    }

    public SkillMatcher matcher() {
        return matcher;
    }

    public Optional<Skill> skill(String id) {
        Integer position = keys.ids.get(id);
        return position == null ? Optional.empty() : Optional.of(skills.get(position));
    }

    public Optional<Role> role(String id) {
        return Optional.ofNullable(rolesById.get(id));
    }

    public Optional<Domain> domain(String id) {
        return Optional.ofNullable(domainsById.get(id));
    }

    public Optional<Level> level(String id) {
        return Optional.ofNullable(levelsById.get(id));
    }

    /** A level by id, name, label in any locale, or alias ({@code sr}, {@code 3}, {@code L3}, {@code 高级}). */
    public Optional<Level> levelByAlias(String text) {
        return Optional.ofNullable(levelsByKey.get(Keys.compact(text)));
    }

    /** A role by id, name, short name, label or alias ({@code infra}, {@code sre}). */
    public Optional<Role> roleByAlias(String text) {
        return Optional.ofNullable(rolesByKey.get(Keys.compact(text)));
    }

    /** Every key a level or role is found by ({@link #levelByAlias}, {@link #roleByAlias}). */
    public Set<String> levelAndRoleKeys() {
        return levelAndRoleKeys;
    }

    /**
     * The level or role word a mistyped word was meant to be ({@code senor} → {@code senior}), when exactly one
     * level or role is that close; none for a word that already names one.
     */
    public Optional<String> levelOrRoleWordNear(String word) {
        return NearWords.closest(Keys.compact(word), levelsByKey, rolesByKey);
    }

    public Optional<Level> next(Level level) {
        return level.rank() + 1 < levels.size() ? Optional.of(levels.get(level.rank() + 1)) : Optional.empty();
    }

    public Optional<Level> previous(Level level) {
        return level.rank() > 0 ? Optional.of(levels.get(level.rank() - 1)) : Optional.empty();
    }

    public List<Role> rolesOf(Skill skill) {
        return skill.roleIds().stream().map(rolesById::get).toList();
    }

    public long cellCount() {
        return skills.stream().mapToLong(skill -> skill.cells().size()).sum();
    }
}
