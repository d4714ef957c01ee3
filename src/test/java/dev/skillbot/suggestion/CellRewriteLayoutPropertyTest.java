package dev.skillbot.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.Expectation;
import dev.skillbot.catalog.Skill;
import dev.skillbot.catalog.SkillFileCheck;
import dev.skillbot.testing.FixtureCatalog;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever way a maintainer wrote a skill file's cells (quoted, plain, block scalars, one language or a block map
 * of languages, comments, a cell on one line, CRLF), an approved edit changes exactly the edited language of the
 * edited cell, its required flag and the updated date: every other cell and language loads as before, every comment
 * stays. The one refusal allowed is the documented one: adding a language to a cell written on one line.
 */
class CellRewriteLayoutPropertyTest {

    private static final Catalog CATALOG = FixtureCatalog.bilingual("layout");
    private static final Path FILE = Path.of("build-deploy/layout.yml");
    private static final List<String> LEVELS = List.of("junior", "middle", "senior", "lead", "principal");
    private static final List<String> ROLES = List.of("devops", "sre");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Property(tries = 1000)
    void anEditChangesOnlyItsCellsLanguageWhateverTheLayout(
            @ForAll("skillFiles") SkillFileLayout layout, @ForAll("edits") Edit edit) {
        Skill before = load(layout.content());
        Expectation cell = cell(before, edit.level(), edit.role());
        String now = cell.content().in(edit.locale()).text();
        CellEdit cellEdit =
                new CellEdit(edit.level(), edit.role(), now, edit.text(), edit.required(), TODAY, edit.locale(), "en");

        CellRewrite.Outcome outcome = CellRewrite.apply(layout.content(), cellEdit);

        boolean variantExists = cell.content().has(edit.locale());
        if (outcome instanceof CellRewrite.Outcome.Refused refused) {
            assertThat(layout.refusable(edit.level(), edit.role(), variantExists))
                    .as("refused: %s", refused.problem())
                    .isTrue();
            return;
        }
        if (outcome instanceof CellRewrite.Outcome.AlreadyWritten) {
            assertThat(now).isEqualTo(edit.text());
            assertThat(variantExists).isTrue();
            assertThat(cell.required()).isEqualTo(edit.required());
            return;
        }
        String written = ((CellRewrite.Outcome.Rewritten) outcome).content();
        Skill after = load(written);
        for (String level : LEVELS) {
            for (String role : ROLES) {
                Map<String, String> expected = new LinkedHashMap<>(variants(before, level, role));
                boolean edited = level.equals(edit.level()) && role.equals(edit.role());
                if (edited) {
                    expected.put(edit.locale(), edit.text());
                }
                assertThat(variants(after, level, role))
                        .as("%s/%s", level, role)
                        .isEqualTo(expected);
                assertThat(cell(after, level, role).required())
                        .as("%s/%s required", level, role)
                        .isEqualTo(
                                edited
                                        ? edit.required()
                                        : cell(before, level, role).required());
            }
        }
        assertThat(after.updated()).isEqualTo(TODAY);
        assertThat(SkillFileLayout.comments(written)).isEqualTo(SkillFileLayout.comments(layout.content()));
    }

    private static Skill load(String content) {
        SkillFileCheck.Outcome outcome = SkillFileCheck.check(CATALOG, FILE, content);
        assertThat(outcome.problems()).as(content).isEmpty();
        return outcome.skill().orElseThrow();
    }

    private static Expectation cell(Skill skill, String level, String role) {
        return skill.expectation(CATALOG.level(level).orElseThrow(), role).orElseThrow();
    }

    private static Map<String, String> variants(Skill skill, String level, String role) {
        return cell(skill, level, role).content().variants();
    }

    record Edit(String level, String role, String locale, String text, boolean required) {}

    @Provide
    Arbitrary<SkillFileLayout> skillFiles() {
        Arbitrary<SkillFileLayout.Cell> cell = Combinators.combine(
                        Arbitraries.of(SkillFileLayout.Style.class),
                        SkillFileLayout.words(),
                        SkillFileLayout.words().injectNull(0.5),
                        Arbitraries.of(true, false),
                        Arbitraries.of(true, false),
                        Arbitraries.of(true, false))
                .as(SkillFileLayout.Cell::new);
        return Combinators.combine(cell.list().ofSize(LEVELS.size() * ROLES.size()), Arbitraries.of("\n", "\r\n"))
                .as((cells, lineBreak) -> SkillFileLayout.of(LEVELS, ROLES, cells, lineBreak));
    }

    @Provide
    Arbitrary<Edit> edits() {
        Arbitrary<String> text = Arbitraries.strings()
                .withChars("abc XYZ:#'\"\\-{}[],&*!|>%@`中文é")
                .ofMinLength(1)
                .ofMaxLength(40)
                .map(String::strip)
                .filter(typed -> !typed.isEmpty());
        return Combinators.combine(
                        Arbitraries.of(LEVELS),
                        Arbitraries.of(ROLES),
                        Arbitraries.of("en", "zh-CN"),
                        text,
                        Arbitraries.of(true, false))
                .as(Edit::new);
    }
}
