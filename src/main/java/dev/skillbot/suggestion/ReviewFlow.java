package dev.skillbot.suggestion;

import dev.skillbot.catalog.CurrentCatalog;
import dev.skillbot.chat.Platform;
import dev.skillbot.i18n.Messages;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A suggestion's life on every platform, written once: submit, post for review, decide, write,
 * commit, push, tell the author. Adapters turn a platform event into one call here and render what
 * comes back; posts and private messages go out through each platform's {@link ReviewChannel} on
 * the background executor, so answering the user who clicked never waits for them.
 */
public final class ReviewFlow {

    private static final Logger log = LoggerFactory.getLogger(ReviewFlow.class);

    private final ProposalService proposals;
    private final ReviewPosts posts;
    private final CurrentCatalog catalogs;
    private final Map<Platform, ReviewChannel> channels = new EnumMap<>(Platform.class);
    private final Set<Platform> warnedWithoutChannel = EnumSet.noneOf(Platform.class);
    private final Executor background;

    public ReviewFlow(
            ProposalService proposals,
            ReviewPosts posts,
            CurrentCatalog catalogs,
            List<ReviewChannel> channels,
            Executor background) {
        this.proposals = proposals;
        this.posts = posts;
        this.catalogs = catalogs;
        channels.forEach(channel -> this.channels.put(channel.platform(), channel));
        this.background = background;
    }

    /** Checks and saves a submitted form; once saved, the review post follows in the background. */
    public Submission submit(String skillId, Map<String, String> values, Author author) {
        return submit(skillId, "", values, author);
    }

    /** As {@link #submit(String, Map, Author)}, for a form that edited the text in {@code locale} (blank: the default language). */
    public Submission submit(String skillId, String locale, Map<String, String> values, Author author) {
        SubmittedForm.Read read = SubmittedForm.read(skillId, locale, values);
        if (read.refusal().isPresent()) {
            return read.refusal().get();
        }
        Submission submission = proposals.submit(read.draft().orElseThrow(), author);
        if (submission instanceof Submission.Saved saved) {
            background.execute(() -> postForReview(saved.proposal()));
        }
        return submission;
    }

    /** Why the reason form must not open for this user and proposal, or empty when it may. */
    public Optional<Decision> refusalBeforeRejecting(long id, Author reviewer, Set<String> memberships) {
        return proposals.refusalBeforeDeciding(id, reviewer, memberships);
    }

    /** Approves, writes and commits; the review post and the author hear of it in the background. */
    public Decision approve(long id, Author reviewer, Set<String> memberships) {
        return settled(proposals.approve(id, reviewer, memberships));
    }

    public Decision reject(long id, Author reviewer, Set<String> memberships, String reason) {
        return settled(proposals.reject(id, reviewer, memberships, reason));
    }

    /** The cards of the flow in a language, on the catalog being served. */
    public ProposalCards cards(String locale) {
        return new ProposalCards(catalogs.current(), Messages.forLocale(locale), proposals.policy());
    }

    /** The proposal id an action carries, or empty when it is not one. */
    public static Optional<Long> proposalId(String arg) {
        try {
            long id = Long.parseLong(arg);
            return id > 0 ? Optional.of(id) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Decision settled(Decision decision) {
        decision.settled().ifPresent(proposal -> background.execute(() -> announceDecision(proposal)));
        if (decision instanceof Decision.AlreadyDecided already) {
            background.execute(() -> refreshPost(already.proposal()));
        }
        return decision;
    }

    /**
     * Posts a saved suggestion to its platform's review channel, once: the post is claimed first, and
     * a replica that cannot reach the channel leaves it to {@link #postWaitingReviews} elsewhere.
     */
    private void postForReview(Proposal proposal) {
        ReviewChannel channel = channels.get(proposal.author().platform());
        if (channel == null || !channel.configured()) {
            warnOnceWithoutChannel(proposal.author().platform());
            return;
        }
        if (!channel.reachable()) {
            log.info(
                    "Suggestion #{} saved; its review channel is served by another replica, which will post it",
                    proposal.id());
            return;
        }
        try {
            if (posts.claim(proposal.id())) {
                channel.post(cards(channel.locale()).review(proposal))
                        .ifPresent(message -> posts.posted(proposal.id(), message));
            }
        } catch (RuntimeException e) {
            log.warn("Suggestion #{} saved, but its review post failed: {}", proposal.id(), e.toString());
        }
    }

    /** Posts the reviews still missing on every platform this replica can reach: suggestions saved elsewhere, or whose post failed. */
    public void postWaitingReviews() {
        for (ReviewChannel channel : channels.values()) {
            if (channel.configured() && channel.reachable()) {
                try {
                    posts.waiting(channel.platform()).forEach(this::postForReview);
                } catch (RuntimeException e) {
                    log.warn("Waiting review posts not read: {}", e.toString());
                }
            }
        }
    }

    private void announceDecision(Proposal proposal) {
        refreshPost(proposal);
        ReviewChannel authors = channels.get(proposal.author().platform());
        if (authors != null) {
            try {
                authors.tell(
                        proposal.author(),
                        cards(authors.localeOf(proposal.author())).authorCard(proposal));
            } catch (RuntimeException e) {
                log.warn("Could not tell the author of suggestion #{}: {}", proposal.id(), e.toString());
            }
        }
    }

    /** The review post shows the proposal's current state: the outcome, and no buttons once decided. */
    private void refreshPost(Proposal proposal) {
        ReviewChannel channel = channels.get(proposal.author().platform());
        if (channel == null || proposal.reviewMessage() == null) {
            return;
        }
        try {
            channel.update(proposal.reviewMessage(), cards(channel.locale()).review(proposal));
        } catch (RuntimeException e) {
            log.warn("Could not update the review post of suggestion #{}: {}", proposal.id(), e.toString());
        }
    }

    private void warnOnceWithoutChannel(Platform platform) {
        boolean first;
        synchronized (warnedWithoutChannel) {
            first = warnedWithoutChannel.add(platform);
        }
        if (first) {
            log.warn(
                    "Suggestions from {} are saved but not posted for review: no review channel is set "
                            + "(SKILLBOT_{}_REVIEW_CHANNEL). /skill proposals lists them.",
                    platform,
                    platform);
        }
    }
}
