package dev.skillbot.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.Expectation;
import dev.skillbot.catalog.SkillFileCheck;
import dev.skillbot.i18n.MessageKey;
import dev.skillbot.testing.FixtureCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For any text a user can type, the writer's promise holds: either the suggestion is refused with a
 * message, or the text written into the skill file loads back, through the catalog's own loader,
 * as exactly the same text.
 */
class SuggestionTextPropertyTest {

    private static final Catalog CATALOG = FixtureCatalog.load();
    private static final Path FILE = FixtureCatalog.DIR.resolve("delivery/release-trains.yml");
    private static final Set<MessageKey> REFUSALS = EnumSet.of(
            MessageKey.SUGGEST_UNSAFE_CHARACTER,
            MessageKey.SUGGEST_EMPTY,
            MessageKey.SUGGEST_TOO_LONG,
            MessageKey.SUGGEST_UNCHANGED);
    private static final Author AUTHOR = WriterRig.author("U_PROPERTY");

    @Property(tries = 3000)
    void textIsRefusedOrReadsBackExactly(@ForAll("anyText") String typed) throws IOException {
        Expectation current = cell();
        ProposalDraft draft = new ProposalDraft(FixtureCatalog.RELEASE_TRAINS, "senior", "sre", typed, true, "");

        Optional<Submission.Refused> refused =
                SuggestionChecks.check(draft, AUTHOR, current, SuggestionLimits.defaults());
        if (refused.isPresent()) {
            assertThat(refused.get().reason()).isIn(REFUSALS);
            return;
        }
        CellRewrite.Outcome rewritten = CellRewrite.apply(
                Files.readString(FILE),
                new CellEdit("senior", "sre", current.text(), draft.text(), true, LocalDate.of(2026, 12, 6)));
        assertThat(rewritten).isInstanceOf(CellRewrite.Outcome.Rewritten.class);
        SkillFileCheck.Outcome loaded =
                SkillFileCheck.check(CATALOG, FILE, ((CellRewrite.Outcome.Rewritten) rewritten).content());
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.skill()
                        .orElseThrow()
                        .expectation(CATALOG.level("senior").orElseThrow(), "sre")
                        .orElseThrow()
                        .text())
                .isEqualTo(draft.text());
    }

    /** Any UTF-16 text (unpaired surrogates included), any code points of every plane, and YAML's own syntax. */
    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<String> units = Arbitraries.strings().all().ofMaxLength(60);
        Arbitrary<String> codePoints = Arbitraries.integers()
                .between(0, Character.MAX_CODE_POINT)
                .filter(codePoint -> codePoint < Character.MIN_SURROGATE || codePoint > Character.MAX_SURROGATE)
                .list()
                .ofMaxSize(40)
                .map(list -> list.stream()
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                        .toString());
        Arbitrary<String> yaml = Arbitraries.strings()
                .withChars("\"'\\:#-[]{},&*!|>%@`?\n\t \u00A0\u3000ab中🚀")
                .ofMaxLength(40);
        return Arbitraries.oneOf(units, codePoints, yaml);
    }

    private static Expectation cell() {
        return CATALOG.skill(FixtureCatalog.RELEASE_TRAINS)
                .orElseThrow()
                .expectation(CATALOG.level("senior").orElseThrow(), "sre")
                .orElseThrow();
    }
}
