package dev.skillbot.slack;

import dev.skillbot.card.Card;
import dev.skillbot.chat.Platform;
import dev.skillbot.suggestion.Author;
import dev.skillbot.suggestion.Proposal;
import dev.skillbot.suggestion.ReviewChannel;
import java.util.Optional;

/** The review flow's way into Slack: the review channel ({@code SKILLBOT_SLACK_REVIEW_CHANNEL}) and direct messages. */
final class SlackReviewChannel implements ReviewChannel {

    private final SlackMessenger web;
    private final String channel;
    private final String locale;
    private final SlackReaderLanguage readers;

    /** Review posts are in the workspace's {@code locale}; what one user is told, in theirs. */
    SlackReviewChannel(SlackMessenger web, String channel, String locale, SlackReaderLanguage readers) {
        this.web = web;
        this.channel = channel == null ? "" : channel.strip();
        this.locale = locale;
        this.readers = readers;
    }

    @Override
    public Platform platform() {
        return Platform.SLACK;
    }

    @Override
    public boolean configured() {
        return !channel.isEmpty();
    }

    @Override
    public String locale() {
        return locale;
    }

    @Override
    public Optional<Proposal.ReviewMessage> post(Card card) {
        return web.post(channel, card)
                .map(ts -> new Proposal.ReviewMessage(
                        channel, ts, web.permalink(channel, ts).orElse("")));
    }

    @Override
    public void update(Proposal.ReviewMessage message, Card card) {
        web.update(message.channel(), message.messageId(), card);
    }

    @Override
    public String localeOf(Author user) {
        return readers.of(user.workspace(), user.userId());
    }

    @Override
    public void tell(Author user, String text) {
        web.note(user.userId(), text);
    }

    @Override
    public void tell(Author user, Card card) {
        if (card.controls().isEmpty()) {
            tell(user, card.fallback());
        } else {
            web.post(user.userId(), card);
        }
    }
}
