package dev.skillbot.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.testing.BareSkills;
import dev.skillbot.testing.FixtureCatalog;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A reloaded catalog shares its predecessor's lookup index only when that index still keys its skills right. */
class SkillKeyIndexTest {

    private final Catalog before = FixtureCatalog.load("before");
    private final Skill gitops = before.skill(FixtureCatalog.CANARY_RELEASES).orElseThrow();

    @Test
    void aTextEditSharesTheIndexAndEveryLookupFindsTheEditedSkill() {
        Skill edited = copy(gitops, gitops.localizedName(), gitops.aliases(), "Edited summary.");

        Catalog after = reloaded(edited);

        assertThat(after.matcher().match(gitops.name()).skill()).containsSame(edited);
        assertThat(after.skill(gitops.id())).containsSame(edited);
        assertThat(after.matcher().match(gitops.name().substring(0, 9)).skill()).containsSame(edited);
        assertThat(after.matcher().suggest("canary relaeses", 3)).first().isSameAs(edited);
        assertThat(shares(after)).isTrue();
    }

    @Test
    void aRenamedSkillGetsANewIndexWhereEverySkillIsFoundAtItsNewPlace() {
        Skill renamed = copy(gitops, Localized.plain("Aardvark Rollouts"), gitops.aliases(), gitops.summary());

        Catalog after = reloaded(renamed);

        assertThat(shares(after)).isFalse();
        assertThat(after.skills()).first().isSameAs(renamed);
        assertThat(after.matcher().exact("aardvark rollouts")).containsSame(renamed);
        for (Skill skill : after.skills()) {
            assertThat(after.skill(skill.id())).containsSame(skill);
            assertThat(after.matcher().exact(skill.name())).containsSame(skill);
        }
    }

    @Test
    void aNewAliasOrAnAddedSkillGetsANewIndex() {
        Skill aliased = copy(gitops, gitops.localizedName(), List.of("argo-everything"), gitops.summary());
        assertThat(shares(reloaded(aliased))).isFalse();
        assertThat(reloaded(aliased).matcher().exact("argo everything")).containsSame(aliased);

        List<Skill> more = new ArrayList<>(before.skills());
        more.add(BareSkills.of("zz-new", "Zz New", List.of(), gitops.domainId()));
        Catalog grown =
                new Catalog(before.levels(), before.roles(), before.domains(), more, "grown", before.locales(), before);
        assertThat(grown.matcher().exact("zz new")).map(Skill::id).contains("zz-new");
        assertThat(grown.matcher().exact(gitops.name())).containsSame(gitops);
    }

    private Catalog reloaded(Skill replacement) {
        List<Skill> skills = before.skills().stream()
                .map(skill -> skill.id().equals(replacement.id()) ? replacement : skill)
                .toList();
        return new Catalog(
                before.levels(), before.roles(), before.domains(), skills, "after", before.locales(), before);
    }

    private boolean shares(Catalog after) {
        return after.matcher().sharesIndexWith(before.matcher());
    }

    private static Skill copy(Skill skill, Localized name, List<String> aliases, String summary) {
        return new Skill(
                skill.id(),
                name,
                aliases,
                skill.domainId(),
                skill.localizedGroup(),
                Localized.plain(summary),
                skill.localizedTags(),
                skill.updated(),
                skill.owners(),
                skill.roleIds(),
                skill.cells(),
                skill.sourceFile());
    }
}
