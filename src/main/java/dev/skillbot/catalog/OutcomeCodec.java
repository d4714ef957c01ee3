package dev.skillbot.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A skill file's {@link ParsedFile} as bytes and back, for {@link OutcomeSnapshot}. The locale
 * tags and the level, role and domain ids are written as their index among the catalog's, which
 * are the same for every outcome of a snapshot since it holds only outcomes read against the same
 * definition files and languages.
 */
final class OutcomeCodec {

    private final String[] constants;
    private final Map<String, Integer> indexes;

    private OutcomeCodec(List<String> constants) {
        this.constants = constants.toArray(String[]::new);
        this.indexes = OutcomeBytesWriter.indexes(constants);
    }

    static OutcomeCodec of(Definitions definitions, CatalogLocales locales) {
        Set<String> constants = new LinkedHashSet<>(locales.supported());
        definitions.levels().forEach(level -> constants.add(level.id()));
        definitions.roles().forEach(role -> constants.add(role.id()));
        definitions.domains().forEach(domain -> constants.add(domain.id()));
        return new OutcomeCodec(new ArrayList<>(constants));
    }

    byte[] encode(ParsedFile outcome, String name) {
        OutcomeBytesWriter out = new OutcomeBytesWriter(name, indexes);
        SkillFileReader.ParsedSkill parsed = outcome.skill();
        out.bool(parsed != null);
        if (parsed != null) {
            skill(parsed.skill(), out);
            out.unsigned(parsed.nameLines().size());
            parsed.nameLines().forEach((key, line) -> {
                out.string(key);
                out.signed(line);
            });
        }
        problems(outcome.problems(), out);
        problems(outcome.missing(), out);
        return out.toByteArray();
    }

    /** The outcome of the file {@code name} whose content hashes to {@code hash}, from the first {@code length} bytes. */
    ParsedFile decode(byte[] bytes, int length, String name, String hash) {
        OutcomeBytesReader in = new OutcomeBytesReader(bytes, length, name, constants);
        SkillFileReader.ParsedSkill parsed = null;
        if (in.bool()) {
            Skill skill = skill(in);
            // Immutable and compact: the loader's memo keeps one for every skill file.
            @SuppressWarnings("unchecked")
            Map.Entry<String, Integer>[] lines = new Map.Entry[in.count()];
            for (int i = 0; i < lines.length; i++) {
                lines[i] = Map.entry(in.string(), (int) in.signed());
            }
            Map<String, Integer> nameLines = Map.ofEntries(lines);
            parsed = new SkillFileReader.ParsedSkill(skill, nameLines);
        }
        ParsedFile outcome = new ParsedFile(hash, parsed, problems(in), problems(in));
        if (!in.atEnd()) {
            throw new IllegalArgumentException("trailing bytes after the outcome");
        }
        return outcome;
    }

    private static void skill(Skill skill, OutcomeBytesWriter out) {
        out.string(skill.id());
        localized(skill.localizedName(), out);
        out.strings(skill.aliases());
        out.string(skill.domainId());
        localized(skill.localizedGroup(), out);
        localized(skill.localizedSummary(), out);
        out.unsigned(skill.localizedTags().size());
        skill.localizedTags().forEach(tag -> localized(tag, out));
        out.signed(skill.updated().toEpochDay());
        out.strings(skill.owners());
        out.strings(skill.roleIds());
        out.unsigned(skill.cells().size());
        for (Expectation cell : skill.cells()) {
            out.string(cell.levelId());
            out.string(cell.roleId());
            localized(cell.content(), out);
            out.bool(cell.required());
        }
        out.string(skill.sourceFile());
    }

    private static Skill skill(OutcomeBytesReader in) {
        String id = in.string();
        Localized name = localized(in);
        List<String> aliases = in.strings();
        String domain = in.string();
        Localized group = localized(in);
        Localized summary = localized(in);
        Localized[] tags = new Localized[in.count()];
        for (int i = 0; i < tags.length; i++) {
            tags[i] = localized(in);
        }
        LocalDate updated = LocalDate.ofEpochDay(in.signed());
        List<String> owners = in.strings();
        List<String> roleIds = in.strings();
        Expectation[] cells = new Expectation[in.count()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = new Expectation(in.string(), in.string(), localized(in), in.bool());
        }
        return new Skill(
                id,
                name,
                aliases,
                domain,
                group,
                summary,
                List.of(tags),
                updated,
                owners,
                roleIds,
                List.of(cells),
                in.string());
    }

    private static void localized(Localized text, OutcomeBytesWriter out) {
        out.string(text.text());
        out.string(text.defaultLocale());
        out.unsigned(text.translations().size());
        text.translations().forEach((locale, translated) -> {
            out.string(locale);
            out.string(translated);
        });
    }

    private static Localized localized(OutcomeBytesReader in) {
        String text = in.string();
        String locale = in.string();
        int count = in.count();
        if (count == 0) {
            return new Localized(text, locale, Map.of());
        }
        if (count == 1) {
            return new Localized(text, locale, Map.of(in.string(), in.string()));
        }
        Map<String, String> translations = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            translations.put(in.string(), in.string());
        }
        return new Localized(text, locale, translations);
    }

    private static void problems(List<Problem> problems, OutcomeBytesWriter out) {
        out.unsigned(problems.size());
        for (Problem problem : problems) {
            out.string(problem.file());
            out.signed(problem.line());
            out.string(problem.message());
        }
    }

    private static List<Problem> problems(OutcomeBytesReader in) {
        Problem[] problems = new Problem[in.count()];
        for (int i = 0; i < problems.length; i++) {
            problems[i] = new Problem(in.string(), (int) in.signed(), in.string());
        }
        return List.of(problems);
    }
}
