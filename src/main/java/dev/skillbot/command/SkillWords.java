package dev.skillbot.command;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The words of a lookup that are neither levels nor comparison words, with the phrases among them
 * that name a role. Skill names often hold a role's word ("Platform Engineering", "Infrastructure
 * as Code", "Data Pipeline Orchestration"), so which phrase is the role is decided once all words
 * are known, by which reading names a skill exactly.
 */
final class SkillWords {

    /**
     * What the words name: a skill query and the role to show, if any; {@code severalRoles} when they name a skill
     * only without two different roles' words ("canary sre devops"), which one card cannot show.
     */
    record Reading(String skillQuery, Optional<Role> role, boolean severalRoles) {

        Reading(String skillQuery, Optional<Role> role) {
            this(skillQuery, role, false);
        }
    }

    private record RolePhrase(Role role, int from, int to) {}

    private final List<String> words = new ArrayList<>();
    /** Where each word stood among the command's tokens, to tell a name typed in one piece. */
    private final List<Integer> positions = new ArrayList<>();

    private final List<RolePhrase> roles = new ArrayList<>();

    SkillWords(Optional<String> skillId) {
        skillId.ifPresent(id -> add(id, -1));
    }

    void add(String word, int position) {
        words.add(word);
        positions.add(position);
    }

    void addRole(Role role, List<String> phrase, int position) {
        roles.add(new RolePhrase(role, words.size(), words.size() + phrase.size()));
        for (int i = 0; i < phrase.size(); i++) {
            add(phrase.get(i), position + i);
        }
    }

    /**
     * All words as the skill when they were typed in one piece and name one exactly; else the
     * remaining words with the role phrase, latest first, that leaves them naming a skill exactly
     * ("platform engineering senior sre"); else the first role phrase as the role and the rest as
     * the skill to look for, unless the rest names no skill and the words without every role phrase
     * do: then that skill with its role ("canary senior sre sre"), or {@link Reading#severalRoles}
     * when the phrases name different roles ("canary sre devops"). With a skill given by id, the
     * first role phrase is the role.
     */
    Reading read(Catalog catalog, boolean skillGiven) {
        String all = String.join(" ", words);
        if (roles.isEmpty()) {
            return new Reading(all, Optional.empty());
        }
        if (!skillGiven) {
            if (inOnePiece() && catalog.matcher().exact(all).isPresent()) {
                return new Reading(all, Optional.empty());
            }
            for (int r = roles.size() - 1; r >= 0; r--) {
                String rest = without(roles.get(r));
                if (!rest.isEmpty() && catalog.matcher().exact(rest).isPresent()) {
                    return new Reading(rest, Optional.of(roles.get(r).role()));
                }
            }
        }
        RolePhrase first = roles.get(0);
        String rest = without(first);
        if (rest.isEmpty()) {
            return new Reading(all, Optional.empty());
        }
        if (!catalog.matcher().match(rest).matched()) {
            String bare = withoutRoles();
            if (!bare.isEmpty() && catalog.matcher().match(bare).matched()) {
                List<Role> named =
                        roles.stream().map(RolePhrase::role).distinct().toList();
                return new Reading(bare, Optional.of(named.get(0)), named.size() > 1);
            }
        }
        return new Reading(rest, Optional.of(first.role()));
    }

    /** Whether the words stood next to each other, no level or comparison word between them. */
    private boolean inOnePiece() {
        for (int i = 1; i < positions.size(); i++) {
            if (positions.get(i) != positions.get(i - 1) + 1) {
                return false;
            }
        }
        return true;
    }

    private String withoutRoles() {
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            int at = i;
            if (roles.stream().noneMatch(phrase -> phrase.from() <= at && at < phrase.to())) {
                rest.add(words.get(i));
            }
        }
        return String.join(" ", rest);
    }

    private String without(RolePhrase phrase) {
        List<String> rest = new ArrayList<>(words.subList(0, phrase.from()));
        rest.addAll(words.subList(phrase.to(), words.size()));
        return String.join(" ", rest);
    }
}
