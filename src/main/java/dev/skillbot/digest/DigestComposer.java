package dev.skillbot.digest;

import dev.skillbot.card.ActionId;
import dev.skillbot.card.Block;
import dev.skillbot.card.Button;
import dev.skillbot.card.Card;
import dev.skillbot.card.Control;
import dev.skillbot.card.Section;
import dev.skillbot.card.TextCut;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.Expectation;
import dev.skillbot.catalog.Level;
import dev.skillbot.catalog.Skill;
import dev.skillbot.command.CommandText;
import dev.skillbot.i18n.MessageKey;
import dev.skillbot.i18n.Messages;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Writes a week's digest as a card. A quiet week gets a short card: no empty sections, no filler. */
public final class DigestComposer {

    private static final int TEASER_LENGTH = 220;
    /** A week that touched more skills lists these and counts the rest, so no platform cuts the list mid-line. */
    static final int MAX_CHANGED_SKILLS = 20;

    public Card compose(DigestInputs inputs, Catalog catalog, Messages messages) {
        List<Skill> inScope = catalog.skills().stream()
                .filter(inputs.scope()::includes)
                .sorted((a, b) -> a.id().compareTo(b.id()))
                .toList();
        List<Block> blocks = new ArrayList<>();
        List<Control> controls = new ArrayList<>();
        if (inputs.quiet()) {
            blocks.add(Section.of("", null, messages.get(MessageKey.DIGEST_QUIET)));
        }
        SkillOfTheWeek.pick(inScope, catalog, inputs.week()).ifPresent(pick -> {
            blocks.add(teaser(pick, catalog, messages));
            controls.add(new Button(
                    messages.get(
                            MessageKey.DIGEST_OPEN,
                            name(pick.skill(), messages),
                            pick.from().name(messages.localeTag()),
                            pick.to().name(messages.localeTag())),
                    ActionId.of(
                            ActionId.Action.SHOW,
                            CommandText.compare(pick.skill(), pick.from(), pick.to(), Optional.empty())),
                    Button.Style.PRIMARY));
        });
        if (!inputs.changes().isEmpty()) {
            blocks.add(Section.of(
                    messages.get(MessageKey.DIGEST_CHANGES), null, changes(inputs.changes(), catalog, messages)));
        }
        List<String> waiting = new ArrayList<>();
        if (inputs.waiting() > 0) {
            waiting.add(messages.get(
                    MessageKey.DIGEST_WAITING_TEXT, inputs.waiting(), days(inputs.oldestWaiting(), inputs)));
        }
        if (inputs.notWritten() > 0) {
            waiting.add(messages.get(
                    MessageKey.DIGEST_NOT_WRITTEN, inputs.notWritten(), days(inputs.oldestNotWritten(), inputs)));
        }
        if (!waiting.isEmpty()) {
            blocks.add(Section.of(messages.get(MessageKey.DIGEST_WAITING), null, String.join("\n", waiting)));
        }
        if (!inputs.topLookups().isEmpty()) {
            String top = inputs.topLookups().stream()
                    .map(entry ->
                            catalog.skill(entry.getKey())
                                            .map(skill -> name(skill, messages))
                                            .orElse(entry.getKey()) + " (" + entry.getValue() + ")")
                    .collect(Collectors.joining(" · "));
            blocks.add(Section.of(messages.get(MessageKey.DIGEST_TOP), null, top));
        }
        blocks.add(Section.of("", null, messages.get(MessageKey.DIGEST_HOW_TO)));
        String title = messages.get(
                MessageKey.DIGEST_TITLE, inputs.week().toString(), scopeLabel(inputs.scope(), catalog, messages));
        return new Card(
                Card.Kind.DIGEST,
                title,
                List.of(messages.get(MessageKey.CONTEXT_REVISION, catalog.revision())),
                List.of(),
                blocks,
                controls,
                title);
    }

    /** Whole days from {@code since} to the digest's time; 0 when unknown. */
    private static long days(Optional<Instant> since, DigestInputs inputs) {
        return Math.max(
                0,
                since.map(oldest -> Duration.between(oldest, inputs.asOf()).toDays())
                        .orElse(0L));
    }

    /** The skill's name in the digest's language, where the catalog has it. */
    private static String name(Skill skill, Messages messages) {
        return skill.localizedName().in(messages.localeTag()).text();
    }

    private static Section teaser(SkillOfTheWeek pick, Catalog catalog, Messages messages) {
        String locale = messages.localeTag();
        List<Expectation> lower = pick.skill().expectationsAt(pick.from());
        List<Expectation> higher = pick.skill().expectationsAt(pick.to());
        int newlyRequired = 0;
        int changed = 0;
        Expectation example = higher.get(0);
        for (int i = 0; i < higher.size(); i++) {
            if (!higher.get(i).text().equals(lower.get(i).text())) {
                changed++;
            }
            if (higher.get(i).required() && !lower.get(i).required()) {
                newlyRequired++;
                example = higher.get(i);
            }
        }
        String role = catalog.role(example.roleId()).map(r -> r.name(locale)).orElse(example.roleId());
        String text = messages.get(
                        MessageKey.DIGEST_TEASER,
                        pick.from().name(locale),
                        pick.to().name(locale),
                        changed,
                        higher.size(),
                        newlyRequired)
                + "\n"
                + messages.get(
                        MessageKey.DIGEST_TEASER_EXAMPLE,
                        role,
                        pick.to().name(locale),
                        shorten(example.content().in(locale).text()));
        return Section.of(messages.get(MessageKey.DIGEST_SKILL_OF_WEEK, name(pick.skill(), messages)), null, text);
    }

    private static String changes(List<CatalogChange> changes, Catalog catalog, Messages messages) {
        Map<String, List<CatalogChange>> bySkill = new LinkedHashMap<>();
        changes.forEach(change -> bySkill.computeIfAbsent(change.skillId(), id -> new ArrayList<>())
                .add(change));
        List<String> lines = new ArrayList<>();
        bySkill.forEach((skillId, skillChanges) -> {
            String name =
                    catalog.skill(skillId).map(skill -> name(skill, messages)).orElse(skillId);
            if (skillChanges.stream().anyMatch(change -> change.kind() == CatalogChange.Kind.SKILL_REMOVED)) {
                lines.add("• " + messages.get(MessageKey.DIGEST_SKILL_REMOVED, name));
            } else if (skillChanges.stream().anyMatch(change -> change.kind() == CatalogChange.Kind.SKILL_ADDED)) {
                lines.add("• " + messages.get(MessageKey.DIGEST_SKILL_ADDED, name));
            } else {
                long cells = skillChanges.stream()
                        .map(change -> change.levelId() + "/" + change.roleId())
                        .distinct()
                        .count();
                lines.add("• " + messages.get(MessageKey.DIGEST_CELLS_EDITED, name, cells));
            }
        });
        if (lines.size() > MAX_CHANGED_SKILLS) {
            int more = lines.size() - MAX_CHANGED_SKILLS;
            lines.subList(MAX_CHANGED_SKILLS, lines.size()).clear();
            lines.add(messages.get(MessageKey.DIGEST_MORE_CHANGES, more));
        }
        return String.join("\n", lines);
    }

    static String scopeLabel(Scope scope, Catalog catalog, Messages messages) {
        return switch (scope.kind()) {
            case ALL -> messages.get(MessageKey.DIGEST_SCOPE_ALL);
            case DOMAIN ->
                catalog.domain(scope.value())
                        .map(domain -> domain.name(messages.localeTag()))
                        .orElse(scope.value());
            case SKILL ->
                catalog.skill(scope.value()).map(skill -> name(skill, messages)).orElse(scope.value());
        };
    }

    private static String shorten(String text) {
        return text.length() <= TEASER_LENGTH
                ? text
                : text.substring(0, TextCut.end(text, TEASER_LENGTH - 1)).strip() + "…";
    }

    /** A deterministic rotation: a different skill each week, and a different pair of levels each time round. */
    record SkillOfTheWeek(Skill skill, Level from, Level to) {

        static Optional<SkillOfTheWeek> pick(List<Skill> skills, Catalog catalog, IsoWeek week) {
            if (skills.isEmpty() || catalog.levels().size() < 2) {
                return Optional.empty();
            }
            long turn = week.ordinal();
            Skill skill = skills.get((int) Math.floorMod(turn, (long) skills.size()));
            int pairs = catalog.levels().size() - 1;
            int from = (int) Math.floorMod(turn / skills.size(), (long) pairs);
            return Optional.of(new SkillOfTheWeek(
                    skill, catalog.levels().get(from), catalog.levels().get(from + 1)));
        }
    }
}
