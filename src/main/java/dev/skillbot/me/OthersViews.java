package dev.skillbot.me;

import java.util.List;

/**
 * Draws again the views ({@link OwnViews}) of people whose profile someone else's action changed: the owner of a
 * share that was commented on, and, after a forget, the owners of the shares that held the forgotten person's comments
 * or were made with them (read before the forget, drawn after it).
 */
final class OthersViews {

    private final List<OwnViews> views;

    OthersViews(List<OwnViews> views) {
        this.views = List.copyOf(views);
    }

    void changed(UserRef user) {
        views.stream().filter(view -> view.platform() == user.platform()).forEach(view -> view.changed(user));
    }

    /** The owners whose profiles show what {@code person}'s forget deletes; none when the store cannot say. */
    List<UserRef> touchedBy(PersonalStores stores, UserRef person) {
        if (views.stream().noneMatch(view -> view.platform() == person.platform())) {
            return List.of();
        }
        try {
            return stores.shares().ownersTouchedBy(person);
        } catch (MeUnavailableException e) {
            return List.of();
        }
    }
}
