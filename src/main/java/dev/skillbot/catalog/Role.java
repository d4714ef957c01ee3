package dev.skillbot.catalog;

import java.util.List;

/** A role that practises skills, such as "DevOps Engineer". */
public record Role(String id, String shortName, Labels labels, List<String> aliases) {

    public Role {
        aliases = List.copyOf(aliases);
    }

    public String name() {
        return labels.english();
    }

    public String name(String localeTag) {
        return labels.get(localeTag);
    }
}
