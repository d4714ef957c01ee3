package dev.skillbot.catalog;

import java.util.List;

/** A career level. {@code rank} orders levels, 0 being the most junior. */
public record Level(String id, int rank, Labels labels, List<String> aliases) {

    public Level {
        aliases = List.copyOf(aliases);
    }

    public String name() {
        return labels.english();
    }

    public String name(String localeTag) {
        return labels.get(localeTag);
    }
}
