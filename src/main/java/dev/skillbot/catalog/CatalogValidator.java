package dev.skillbot.catalog;

import java.io.File;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Checks that span files: unique skill ids and names, aliases that clash with nothing, files in place. */
final class CatalogValidator {

    private CatalogValidator() {}

    static void check(List<SkillFileReader.ParsedSkill> parsed, Definitions definitions, List<Problem> problems) {
        Set<String> levelAndRoleKeys = Stream.concat(
                        definitions.levels().stream()
                                .flatMap(level -> Stream.concat(Stream.of(level.id()), level.aliases().stream())),
                        definitions.roles().stream()
                                .flatMap(role ->
                                        Stream.concat(Stream.of(role.id(), role.shortName()), role.aliases().stream())))
                .map(Keys::compact)
                .collect(Collectors.toSet());
        Map<String, Skill> owners = new HashMap<>();
        for (SkillFileReader.ParsedSkill entry : parsed) {
            Skill skill = entry.skill();
            String file = skill.sourceFile();
            int idLine = entry.nameLines().getOrDefault("id", 0);
            checkPlacement(skill, idLine, problems);
            String idKey = Keys.compact(skill.id());
            claim(owners, idKey, skill, "id", skill.id(), idLine, problems);
            List<String> names = skill.names().toList();
            List<String> nameKeys = names.stream().map(Keys::compact).toList();
            for (int n = 0; n < names.size(); n++) {
                String nameKey = nameKeys.get(n);
                if (!nameKey.isEmpty() && !nameKey.equals(idKey)) {
                    claim(
                            owners,
                            nameKey,
                            skill,
                            "name",
                            names.get(n),
                            entry.nameLines().getOrDefault("name", 0),
                            problems);
                }
            }
            for (String alias : skill.aliases()) {
                int line = entry.nameLines().getOrDefault("alias:" + alias, 0);
                String key = Keys.compact(alias);
                if (levelAndRoleKeys.contains(key)) {
                    problems.add(new Problem(
                            file,
                            line,
                            "alias '" + alias + "' is also a level or role name; "
                                    + "lookups like 'gitops senior sre' could not tell them apart"));
                } else if (!key.equals(idKey) && !nameKeys.contains(key)) {
                    claim(owners, key, skill, "alias", alias, line, problems);
                }
            }
        }
    }

    /** Claims {@code key} for {@code skill}; the message is only written when another skill holds it. */
    private static void claim(
            Map<String, Skill> owners,
            String key,
            Skill skill,
            String kind,
            String text,
            int line,
            List<Problem> problems) {
        Skill previous = owners.putIfAbsent(key, skill);
        if (previous != null && !previous.id().equals(skill.id())) {
            problems.add(new Problem(
                    skill.sourceFile(),
                    line,
                    kind + " '" + text + "' is already used by skill " + previous.id() + " (" + previous.sourceFile()
                            + ")"));
        }
    }

    private static void checkPlacement(Skill skill, int line, List<Problem> problems) {
        String path = skill.sourceFile();
        int nameStart = lastSeparator(path, path.length()) + 1;
        String fileName = withoutYamlExtension(path.substring(nameStart));
        if (!fileName.equals(skill.id())) {
            problems.add(new Problem(
                    skill.sourceFile(),
                    line,
                    "skill id '" + skill.id() + "' must match the file name '" + fileName + "'"));
        }
        int folderStart = nameStart == 0 ? -1 : lastSeparator(path, nameStart - 1) + 1;
        if (folderStart < 0 || !path.substring(folderStart, nameStart - 1).equals(skill.domainId())) {
            problems.add(new Problem(
                    skill.sourceFile(),
                    line,
                    "skill of domain '" + skill.domainId() + "' must be in the folder '" + skill.domainId() + "'"));
        }
    }

    /** Where the last name separator before {@code end} is, or -1: the string form of Path's getFileName and getParent. */
    private static int lastSeparator(String path, int end) {
        return Math.max(path.lastIndexOf('/', end - 1), path.lastIndexOf(File.separatorChar, end - 1));
    }

    private static String withoutYamlExtension(String name) {
        for (String extension : List.of(".yml", ".yaml")) {
            if (name.endsWith(extension)) {
                return name.substring(0, name.length() - extension.length());
            }
        }
        return name;
    }
}
