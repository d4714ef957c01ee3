package dev.skillbot.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The levels, roles and domains as bytes and back, kept in an {@link OutcomeSnapshot} beside the
 * outcomes read against them, so that a restart whose definition files are unchanged parses no
 * YAML at all (not even SnakeYAML's start-up).
 */
final class DefinitionsCodec {

    private static final String[] NO_CONSTANTS = new String[0];

    private DefinitionsCodec() {}

    static byte[] encode(Definitions definitions) {
        OutcomeBytesWriter out = new OutcomeBytesWriter(null, Map.of());
        out.unsigned(definitions.levels().size());
        for (Level level : definitions.levels()) {
            out.string(level.id());
            out.unsigned(level.rank());
            labels(level.labels(), out);
            out.strings(level.aliases());
        }
        out.unsigned(definitions.roles().size());
        for (Role role : definitions.roles()) {
            out.string(role.id());
            out.string(role.shortName());
            labels(role.labels(), out);
            out.strings(role.aliases());
        }
        out.unsigned(definitions.domains().size());
        for (Domain domain : definitions.domains()) {
            out.string(domain.id());
            labels(domain.labels(), out);
        }
        return out.toByteArray();
    }

    /** The definitions {@code bytes} hold; throws {@link IllegalArgumentException} when they hold none. */
    static Definitions decode(byte[] bytes) {
        OutcomeBytesReader in = new OutcomeBytesReader(bytes, bytes.length, null, NO_CONSTANTS);
        List<Level> levels = new ArrayList<>();
        for (int i = in.count(); i > 0; i--) {
            levels.add(new Level(in.string(), in.unsigned(), labels(in), in.strings()));
        }
        List<Role> roles = new ArrayList<>();
        for (int i = in.count(); i > 0; i--) {
            roles.add(new Role(in.string(), in.string(), labels(in), in.strings()));
        }
        List<Domain> domains = new ArrayList<>();
        for (int i = in.count(); i > 0; i--) {
            domains.add(new Domain(in.string(), labels(in)));
        }
        if (!in.atEnd()) {
            throw new IllegalArgumentException("trailing bytes after the definitions");
        }
        return new Definitions(List.copyOf(levels), List.copyOf(roles), List.copyOf(domains));
    }

    private static void labels(Labels labels, OutcomeBytesWriter out) {
        out.unsigned(labels.byLocale().size());
        labels.byLocale().forEach((locale, label) -> {
            out.string(locale);
            out.string(label);
        });
    }

    private static Labels labels(OutcomeBytesReader in) {
        Map<String, String> byLocale = new LinkedHashMap<>();
        for (int i = in.count(); i > 0; i--) {
            byLocale.put(in.string(), in.string());
        }
        return new Labels(byLocale);
    }
}
