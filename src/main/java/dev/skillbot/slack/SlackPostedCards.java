package dev.skillbot.slack;

import dev.skillbot.chat.Platform;
import dev.skillbot.me.PostedCards;
import dev.skillbot.me.Shares;

/**
 * Deletes a stopped share's card with {@code chat.delete} (paced and retried as every Web API call); a message
 * already gone, or that can never be deleted, counts as down. Any other failure is Slack not answering (after the
 * retries): the other cards wait for the next sweep.
 */
final class SlackPostedCards implements PostedCards {

    private final SlackMessenger web;

    SlackPostedCards(SlackMessenger web) {
        this.web = web;
    }

    @Override
    public Platform platform() {
        return Platform.SLACK;
    }

    @Override
    public Outcome takeDown(Shares.Post post) {
        return web.delete(post.channel(), post.message()) ? Outcome.DOWN : Outcome.UNREACHABLE;
    }
}
