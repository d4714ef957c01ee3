package dev.skillbot.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import dev.skillbot.suggestion.Proposal;

/**
 * The review post a click came from (channel and message ts), carried through the reason form in
 * {@code private_metadata}, so the decision replaces the very message the reviewer clicked on.
 */
record SlackReviewPost(String channel, String ts) {

    static SlackReviewPost of(BlockActionPayload payload) {
        BlockActionPayload.Container container = payload.getContainer();
        String channel = payload.getChannel() != null ? payload.getChannel().getId() : container == null ? null : container.getChannelId();
        return new SlackReviewPost(channel, container == null ? null : container.getMessageTs());
    }

    static SlackReviewPost of(Proposal.ReviewMessage message) {
        return message == null ? new SlackReviewPost(null, null) : new SlackReviewPost(message.channel(), message.messageId());
    }

    static SlackReviewPost decode(String metadata) {
        String[] parts = metadata == null ? new String[0] : metadata.split(" ", 2);
        return parts.length == 2 ? new SlackReviewPost(parts[0], parts[1]) : new SlackReviewPost(null, null);
    }

    String encode() {
        return isKnown() ? channel + " " + ts : "";
    }

    boolean isKnown() {
        return channel != null && !channel.isBlank() && ts != null && !ts.isBlank();
    }
}
