package dev.skillbot.me;

import dev.skillbot.card.Card;
import dev.skillbot.card.Section;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.Expectation;
import dev.skillbot.catalog.Level;
import dev.skillbot.catalog.Role;
import dev.skillbot.catalog.Skill;
import dev.skillbot.i18n.MessageKey;
import dev.skillbot.i18n.Messages;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** One personal request: who asks, against which catalog, in which language, with which stores. */
record MeContext(UserRef user, Catalog catalog, Messages messages, PersonalStores stores) {

    String t(MessageKey key, Object... args) {
        return messages.get(key, args);
    }

    String locale() {
        return messages.localeTag();
    }

    String roleName(Role role) {
        return role.shortName();
    }

    String levelName(Level level) {
        return level.name(locale());
    }

    /** A skill's name in the reader's language, as a lookup shows it (the catalog's own where it has no translation). */
    String skillName(Skill skill) {
        return skill.localizedName().in(locale()).text();
    }

    /** A cell's text in the reader's language; a mark is still made against the catalog's own text ({@link Expectation#text}). */
    String text(Expectation cell) {
        return cell.content().in(locale()).text();
    }

    /** The profile, or empty when there is none; throws {@link MeUnavailableException} when the store cannot say. */
    Optional<Profile> profile() {
        return stores.profile(user);
    }

    /** The profile's role and level as catalog entries, when both still exist. */
    Optional<Placement> placement() {
        return profile()
                .flatMap(profile -> catalog.role(profile.roleId())
                        .flatMap(role -> catalog.level(profile.levelId()).map(level -> new Placement(role, level))));
    }

    /**
     * "Your profile says sre · Senior, which the catalog no longer has …" when the profile has a role and
     * level but a reload took either out of the catalog; empty otherwise. Throws {@link MeUnavailableException}
     * as {@link #profile()} does.
     */
    Optional<String> outdated() {
        return profile()
                .filter(profile ->
                        !profile.roleId().isEmpty() && !profile.levelId().isEmpty())
                .filter(profile -> placement().isEmpty())
                .map(profile -> t(
                        MessageKey.ME_OUTDATED,
                        catalog.role(profile.roleId()).map(this::roleName).orElse(profile.roleId()),
                        catalog.level(profile.levelId()).map(this::levelName).orElse(profile.levelId())));
    }

    /** The user's marks, or none when the store cannot answer now. */
    Optional<Map<dev.skillbot.me.CellRef, SelfMark>> marksIfAvailable() {
        try {
            return Optional.of(stores.marks(user));
        } catch (MeUnavailableException e) {
            return Optional.empty();
        }
    }

    /** What {@code work} answers, or the "unavailable" card when the store cannot answer now. */
    Card orUnavailable(Supplier<Card> work) {
        try {
            return work.get();
        } catch (MeUnavailableException e) {
            return notice(Card.Kind.ERROR, t(MessageKey.ERROR_TITLE), unavailable());
        }
    }

    /** Why nothing personal could be read: the store is down for now, or (the command line) there is none to wait for. */
    String unavailable() {
        return t(stores.stored() ? MessageKey.ME_UNAVAILABLE : MessageKey.ME_NOT_STORED_HERE);
    }

    /** An error naming the words not understood (clipped), in the sentence {@code key} says them in: nothing was done. */
    Card notUnderstood(MessageKey key, List<String> words) {
        return notice(Card.Kind.ERROR, t(MessageKey.ERROR_TITLE), t(key, ProfileCards.clip(String.join(" ", words))));
    }

    Card notice(Card.Kind kind, String title, String text) {
        return new Card(kind, title, List.of(), List.of(), List.of(Section.of("", null, text)), List.of(), text);
    }

    record Placement(Role role, Level level) {}
}
