package dev.skillbot.suggestion;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.Expectation;
import dev.skillbot.catalog.Level;
import dev.skillbot.catalog.Localized;
import dev.skillbot.catalog.SkillFileCheck;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The check {@link CatalogWriter} makes before it replaces a skill file: the rewritten content must
 * load as the loader would read it (against the snapshot being served), give back exactly the
 * proposed cell, and leave the cell's other languages as they were. A text rewrite of YAML can go
 * wrong in ways only reading it back shows.
 */
final class ReadBackCheck {

    private ReadBackCheck() {}

    /** Why the new content cannot replace the file, or empty when it reads back as proposed. */
    static Optional<String> problem(Catalog catalog, Path file, String content, Proposal proposal) {
        SkillFileCheck.Outcome check = SkillFileCheck.check(catalog, file, content);
        if (!check.valid()) {
            return Optional.of("the edit would make " + file.getFileName() + " invalid: "
                    + check.problems().get(0).message());
        }
        Optional<Level> level = catalog.level(proposal.levelId());
        Optional<Expectation> cell = level.flatMap(each -> check.skill().get().expectation(each, proposal.roleId()));
        Optional<Expectation> before = level.flatMap(
                each -> catalog.skill(proposal.skillId()).flatMap(skill -> skill.expectation(each, proposal.roleId())));
        String locale = proposal.locale() == null ? catalog.locales().defaultLocale() : proposal.locale();
        boolean readsBack = cell.isPresent()
                && cell.get().required() == proposal.newRequired()
                && cell.get().content().in(locale).equals(new Localized.Shown(proposal.newText(), false));
        // Editing one language leaves the others' texts as they were.
        boolean othersKept = readsBack
                && before.isPresent()
                && cell.get().content().variants().entrySet().stream()
                        .filter(variant -> !variant.getKey().equals(locale))
                        .allMatch(variant -> variant.getValue()
                                .equals(before.get().content().variants().get(variant.getKey())));
        if (!readsBack || !othersKept) {
            return Optional.of("the edit did not read back as written; the file was left as it was");
        }
        return Optional.empty();
    }
}
