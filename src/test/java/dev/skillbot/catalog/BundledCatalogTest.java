package dev.skillbot.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.testing.BundledCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shipped catalog: the seed's GitOps skill word for word, and enough realistic skills around it. */
class BundledCatalogTest {

    private static final Map<String, String> SEED_ROLES = Map.of(
            "DevOps Engineer", "devops",
            "Infrastructure Engineer", "infra",
            "Platform Engineer", "platform",
            "Site Reliability Engineer (SRE)", "sre");

    private final Catalog catalog = BundledCatalog.get();

    @Test
    void gitopsMatchesTheSeedPageWordForWord() throws IOException {
        // given: the seed page's table rows, 4 roles per level from Junior to Principal
        List<String> rows = Files.readAllLines(
                        Path.of("src/test/resources/seed/gitops-practices-page.txt"), StandardCharsets.UTF_8)
                .stream()
                .filter(line -> SEED_ROLES.keySet().stream().anyMatch(role -> line.startsWith(role + " ")))
                .toList();
        assertThat(rows).hasSize(20);
        Skill gitops = catalog.skill("gitops-practices").orElseThrow();

        // then: every cell has the page's text and required flag
        for (int i = 0; i < rows.size(); i++) {
            Level level = catalog.levels().get(i / 4);
            String row = rows.get(i);
            String roleName = SEED_ROLES.keySet().stream()
                    .filter(role -> row.startsWith(role + " "))
                    .findFirst()
                    .orElseThrow();
            String rest = row.substring(roleName.length() + 1);
            boolean required = rest.startsWith("必要 ");
            String text = required ? rest.substring("必要 ".length()) : rest;
            Expectation cell =
                    gitops.expectation(level, SEED_ROLES.get(roleName)).orElseThrow();
            assertThat(cell.text()).as("%s %s", level.id(), roleName).isEqualTo(text);
            assertThat(cell.required())
                    .as("%s %s required", level.id(), roleName)
                    .isEqualTo(required);
        }
        assertThat(gitops.requiredCount()).isEqualTo(16);
        assertThat(gitops.optionalCount()).isEqualTo(4);
        assertThat(gitops.updated()).isEqualTo(LocalDate.of(2026, 3, 17));
        assertThat(gitops.name()).isEqualTo("GitOps Practices");
        assertThat(catalog.domain(gitops.domainId()).orElseThrow().name("en")).isEqualTo("DevOps & CI/CD");
        assertThat(gitops.group()).isEqualTo("GitOps");
        assertThat(gitops.tags())
                .containsExactly(
                        "Git as source of truth",
                        "pull-based deployment",
                        "declarative configuration",
                        "drift detection",
                        "reconciliation loop");
    }

    /** Issue 17's promise for the shipped catalog: at least 30 skills in 8 domains, each with a full grid, in both languages. */
    @Test
    void shipsThirtySkillsInEightDomainsWithFullGridsInEnglishAndChinese() {
        assertThat(catalog.skills()).hasSizeGreaterThanOrEqualTo(30);
        Map<String, Long> perDomain =
                catalog.skills().stream().collect(Collectors.groupingBy(Skill::domainId, Collectors.counting()));
        assertThat(perDomain).hasSizeGreaterThanOrEqualTo(8);
        for (Skill skill : catalog.skills()) {
            assertThat(skill.cells())
                    .as(skill.id())
                    .hasSize(skill.roleIds().size() * catalog.levels().size());
            assertThat(skill.tags()).as(skill.id()).isNotEmpty();
            assertThat(skill.requiredCount()).as(skill.id()).isPositive();
            List<Localized> texts =
                    new ArrayList<>(List.of(skill.localizedName(), skill.localizedGroup(), skill.localizedSummary()));
            texts.addAll(skill.localizedTags());
            skill.cells().forEach(cell -> texts.add(cell.content()));
            assertThat(texts).as("%s: every text in Chinese too", skill.id()).allMatch(text -> text.has("zh-CN"));
            skill.cells().forEach(cell -> {
                assertThat(cell.text().length()).as(skill.id()).isBetween(60, 1000);
                assertThat(cell.content().in("zh-CN").text().length())
                        .as(skill.id())
                        .isBetween(30, 1000);
            });
        }
    }

    @Test
    void levelsCarryTheSeedPagesChineseLabels() {
        assertThat(catalog.levels())
                .extracting(level -> level.name("zh-CN"))
                .containsExactly("初级", "中级", "高级", "资深", "首席");
    }
}
