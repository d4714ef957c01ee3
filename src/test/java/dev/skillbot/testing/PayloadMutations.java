package dev.skillbot.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every payload that differs from a valid one in one place: each field of each object, at any depth, removed or
 * replaced by null, an empty or huge string, a number or an empty object; each list emptied.
 */
public final class PayloadMutations {

    /** A payload with one change, and where that change is. */
    public record Mutant(Map<String, Object> payload, String description) {}

    /** The values a form field is given in turn; null stands for the field left out. */
    public static final List<String> FORM_VALUES =
            Arrays.asList(null, "", " ", "x".repeat(20_000), "%", "\u0000", "{}");

    private static final String HUGE = "y".repeat(20_000);
    // One value of another JSON type is enough: Slack's Gson and JDA's DataObject refuse every mismatch the same way.
    private static final List<Object> REPLACEMENTS = Arrays.asList(null, "", HUGE, 7, Map.of());

    private PayloadMutations() {}

    @SuppressWarnings("unchecked")
    public static List<Mutant> of(Map<String, Object> payload) {
        List<Mutant> mutants = new ArrayList<>();
        mutate(payload, "", mutants, root -> (Map<String, Object>) root);
        return mutants;
    }

    public static String shown(Object value) {
        String text = String.valueOf(value);
        return text.length() > 20 ? text.substring(0, 20) + "…(" + text.length() + ")" : text;
    }

    /** Builds, for a change made to a copy of the node at {@code path}, the whole payload around it. */
    private interface Rebuild {
        Map<String, Object> around(Object changed);
    }

    @SuppressWarnings("unchecked")
    private static void mutate(Object node, String path, List<Mutant> mutants, Rebuild rebuild) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> fields = (Map<String, Object>) map;
            for (String key : fields.keySet()) {
                String at = path + "." + key;
                Map<String, Object> without = new LinkedHashMap<>(fields);
                without.remove(key);
                mutants.add(new Mutant(rebuild.around(without), "no " + at));
                for (Object replacement : REPLACEMENTS) {
                    Map<String, Object> changed = new LinkedHashMap<>(fields);
                    changed.put(key, replacement);
                    mutants.add(new Mutant(rebuild.around(changed), at + " = " + shown(replacement)));
                }
                mutate(fields.get(key), at, mutants, child -> {
                    Map<String, Object> copy = new LinkedHashMap<>(fields);
                    copy.put(key, child);
                    return rebuild.around(copy);
                });
            }
        } else if (node instanceof List<?> list && !list.isEmpty()) {
            mutants.add(new Mutant(rebuild.around(Collections.emptyList()), path + " = []"));
            for (int i = 0; i < list.size(); i++) {
                int index = i;
                mutate(list.get(i), path + "[" + i + "]", mutants, child -> {
                    List<Object> copy = new ArrayList<>(list);
                    copy.set(index, child);
                    return rebuild.around(copy);
                });
            }
        }
    }
}
