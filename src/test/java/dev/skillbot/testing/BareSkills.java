package dev.skillbot.testing;

import dev.skillbot.catalog.Skill;
import java.util.List;

/** Skills with nothing but what lookups read (an id, a name, aliases and a domain): no cells, roles or texts. */
public final class BareSkills {

    private BareSkills() {}

    public static Skill of(String id, String name, List<String> aliases, String domainId) {
        return new Skill(
                id,
                name,
                aliases,
                domainId,
                "",
                "",
                List.of(),
                null,
                List.of(),
                List.of(),
                List.of(),
                domainId + "/" + id + ".yml");
    }
}
