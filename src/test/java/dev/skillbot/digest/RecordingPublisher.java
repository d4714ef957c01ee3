package dev.skillbot.digest;

import dev.skillbot.card.Card;
import dev.skillbot.chat.Platform;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A publisher that keeps what it posts in memory, with channels that can be removed or time out. */
final class RecordingPublisher implements DigestPublisher {

    record Post(String channel, String messageId, Card card) {}

    final List<Post> posts = new CopyOnWriteArrayList<>();
    final List<String> notes = new CopyOnWriteArrayList<>();
    final Set<String> removedChannels = ConcurrentHashMap.newKeySet();
    /** Channels whose next post lands but whose answer is lost, as with a timeout. */
    final Set<String> lostAnswers = ConcurrentHashMap.newKeySet();
    /** Channels this publisher cannot reach for now, as a Discord replica that does not run their shard. */
    final Set<String> unreachable = ConcurrentHashMap.newKeySet();

    private final AtomicInteger ids = new AtomicInteger();
    private final Map<String, String> byWeekMarker = new ConcurrentHashMap<>();

    @Override
    public Platform platform() {
        return Platform.SLACK;
    }

    @Override
    public boolean reaches(Subscription subscription) {
        return !unreachable.contains(subscription.channel());
    }

    @Override
    public String publish(Subscription subscription, Card card) throws DeliveryException {
        if (removedChannels.contains(subscription.channel())) {
            throw new DeliveryException("channel_not_found", true);
        }
        String id = "m" + ids.incrementAndGet();
        posts.add(new Post(subscription.channel(), id, card));
        byWeekMarker.put(subscription.channel() + "|" + card.title(), id);
        if (lostAnswers.remove(subscription.channel())) {
            throw new DeliveryException("timed out waiting for Slack", false);
        }
        return id;
    }

    @Override
    public Optional<String> findPosted(Subscription subscription, IsoWeek week) {
        return byWeekMarker.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith(subscription.channel() + "|")
                        && entry.getKey().contains(week.toString()))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    @Override
    public void notifyUser(String workspace, String userId, Card card, String locale) {
        notes.add(userId + ": " + card.title());
    }

    List<String> channelsPosted() {
        return posts.stream().map(Post::channel).toList();
    }
}
