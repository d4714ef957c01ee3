package dev.skillbot.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A skill with its role x level grid. Cells are stored level-major in {@code cells}:
 * the cell of level rank {@code l} and the role at position {@code r} of {@code roleIds}
 * sits at {@code l * roleIds.size() + r}.
 */
public record Skill(
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

    public Skill {
        aliases = List.copyOf(aliases);
        tags = List.copyOf(tags);
        owners = List.copyOf(owners);
        roleIds = List.copyOf(roleIds);
        cells = List.copyOf(cells);
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
