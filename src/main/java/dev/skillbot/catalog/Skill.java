package dev.skillbot.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A skill with its role x level grid. Cells are stored level-major in {@code cells}:
 * the cell of level rank {@code l} and the role at position {@code r} of {@code roleIds}
 * sits at {@code l * roleIds.size() + r}.
 * <p>
 * Names, group, summary, tags and cell texts carry every language of the catalog ({@link Localized});
 * {@link #name()}, {@link #group()}, {@link #summary()} and {@link #tags()} answer in the default language.
 */
public record Skill(
        String id,
        Localized localizedName,
        List<String> aliases,
        String domainId,
        Localized localizedGroup,
        Localized localizedSummary,
        List<Localized> localizedTags,
        LocalDate updated,
        List<String> owners,
        List<String> roleIds,
        List<Expectation> cells,
        String sourceFile) {

    public Skill {
        aliases = List.copyOf(aliases);
        localizedTags = List.copyOf(localizedTags);
        owners = List.copyOf(owners);
        roleIds = List.copyOf(roleIds);
        cells = List.copyOf(cells);
    }

    /** A skill written in the default language only, as every catalog was before translations. */
    public Skill(
            String id,
            String name,
            List<String> aliases,
            String domainId,
            String group,
            String summary,
            List<String> tags,
            LocalDate updated,
            List<String> owners,
            List<String> roleIds,
            List<Expectation> cells,
            String sourceFile) {
        this(
                id,
                Localized.plain(name),
                aliases,
                domainId,
                Localized.plain(group),
                Localized.plain(summary),
                tags.stream().map(Localized::plain).toList(),
                updated,
                owners,
                roleIds,
                cells,
                sourceFile);
    }

    /** The name in the catalog's default language. */
    public String name() {
        return localizedName.text();
    }

    public String group() {
        return localizedGroup.text();
    }

    public String summary() {
        return localizedSummary.text();
    }

    public List<String> tags() {
        return localizedTags.stream().map(Localized::text).toList();
    }

    /** Every language's name: lookups match any of them. */
    public Stream<String> names() {
        return localizedName.translations().isEmpty()
                ? Stream.of(localizedName.text())
                : localizedName.variants().values().stream();
    }

    public Optional<Expectation> expectation(Level level, String roleId) {
        int role = roleIds.indexOf(roleId);
        int index = level.rank() * roleIds.size() + role;
        if (role < 0 || index >= cells.size()) {
            return Optional.empty();
        }
        return Optional.of(cells.get(index));
    }

    public List<Expectation> expectationsAt(Level level) {
        int from = level.rank() * roleIds.size();
        return cells.subList(from, from + roleIds.size());
    }

    public long requiredCount() {
        return cells.stream().filter(Expectation::required).count();
    }

    public long optionalCount() {
        return cells.size() - requiredCount();
    }

    public boolean includesRole(String roleId) {
        return roleIds.contains(roleId);
    }
}
