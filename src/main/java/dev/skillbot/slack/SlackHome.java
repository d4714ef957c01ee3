package dev.skillbot.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.event.AppHomeOpenedEvent;
import dev.skillbot.card.ActionId;
import dev.skillbot.card.Card;
import dev.skillbot.chat.Invocation;
import dev.skillbot.chat.Platform;
import dev.skillbot.command.CommandService;
import dev.skillbot.digest.follow.FollowService;
import dev.skillbot.i18n.MessageKey;
import dev.skillbot.i18n.Messages;
import dev.skillbot.suggestion.Author;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The App Home tab, one per user, published with {@code views.publish} when the user opens it
 * ({@code app_home_opened}) and again after each click in it (a Home view has no response_url):
 * a skill search ({@link SlackHomeSearch}), the card the last click asked for, the user's profile with its pickers,
 * readiness and next items, and for reviewers the suggestions waiting for them. At most 100 blocks.
 */
final class SlackHome {

    static final int MAX_BLOCKS = 100;

    private final CommandService commands;
    private final HomeViewPublisher publisher;
    private final SlackReviewers reviewers;
    private final AfterAckExecutor afterAck;
    private final SlackReaderLanguage readers;
    private final FollowService follows;
    private final SlackHomeDocuments documents;
    private final SlackHomeSearch search;

    SlackHome(
            CommandService commands,
            HomeViewPublisher publisher,
            SlackReviewers reviewers,
            AfterAckExecutor afterAck,
            SlackReaderLanguage readers,
            FollowService follows,
            SlackHomeDocuments documents) {
        this.commands = commands;
        this.publisher = publisher;
        this.reviewers = reviewers;
        this.afterAck = afterAck;
        this.readers = readers;
        this.follows = follows;
        this.documents = documents;
        this.search = new SlackHomeSearch(commands, readers);
    }

    void register(App app) {
        app.event(AppHomeOpenedEvent.class, (payload, context) -> {
            AppHomeOpenedEvent event = payload.getEvent();
            if ("home".equals(event.getTab()) && event.getUser() != null) {
                SlackActor actor =
                        new SlackActor(payload.getTeamId(), "", event.getUser(), null, payload.getEnterpriseId());
                redraw(actor, event.getView() == null ? null : event.getView().getHash());
            }
            return context.ack();
        });
        search.register(app);
    }

    /**
     * After the ack, the Home tab of one user drawn again without a card on top: something they did elsewhere (a
     * command, a click on a message) changed what it shows of them, and Slack shows the last view published until
     * they open the tab again, also after {@code me forget}.
     */
    void refresh(SlackActor actor) {
        redraw(actor, null);
    }

    /**
     * Runs {@code change}, something {@code actor} did elsewhere that changes what their tab shows, and draws the tab
     * again after it in place of the view they had before it: that view's hash is read first, since a forget deletes
     * the one recorded.
     */
    <T> T changing(SlackActor actor, Supplier<T> change) {
        String before = publisher.lastKnown(actor.user());
        T result = change.get();
        redraw(actor, before);
        return result;
    }

    /** The tab drawn again as it now is, in the person's turn; {@code seen} is the hash of the view they have, if known. */
    private void redraw(SlackActor actor, String seen) {
        afterAck.executeUnlessWaiting(actor.user(), () -> publish(actor, Optional.empty(), seen));
    }

    /**
     * After the ack, the answer to a click in the Home tab ({@code shown}, which may act, such as a mark) and the tab
     * published with it at the top. One person's tab is drawn by one task at a time, in the order asked
     * ({@link AfterAckExecutor#execute(String, Runnable)}), so a view read before a change (a forget) never lands after
     * the one read after it.
     */
    void show(BlockActionPayload click, Supplier<Card> shown) {
        SlackActor actor = SlackActor.of(click);
        String seen = click.getView() == null ? null : click.getView().getHash();
        afterAck.execute(actor.user(), () -> publish(actor, Optional.of(shown.get()), seen));
    }

    /** True for a click in a Home tab, which has no response_url: the tab is published again with its answer. */
    static boolean clickedIn(BlockActionPayload payload) {
        return payload.getResponseUrl() == null
                && payload.getView() != null
                && "home".equals(payload.getView().getType());
    }

    /**
     * The Home tab of one user, with {@code shown} (the answer to a click in it) at the top; a document too long for
     * the tab goes to them as direct messages ({@link SlackHomeDocuments}). {@code seen} is the hash of the view the
     * person opened or clicked in ({@link HomeViewPublisher}).
     */
    private void publish(SlackActor actor, Optional<Card> shown, String seen) {
        boolean reviewer = reviewers.isReviewer(new Author(Platform.SLACK, actor.team(), actor.user(), actor.name()));
        Optional<Card> top = shown.map(
                card -> documents.shown(card, actor.user(), readAfresh(actor).locale()));
        publisher.publish(actor.user(), seen, () -> view(readAfresh(actor), top, reviewer));
    }

    /**
     * The person the tab is drawn for, their profile read as stored: Slack shows a view until the next is published,
     * so it must not be drawn from the copy this replica keeps a few seconds, from before another replica's change.
     */
    private Invocation readAfresh(SlackActor actor) {
        commands.readAfresh(actor.invocation("", Invocation.Origin.BUTTON, false));
        return actor.invocation(readers.of(actor), Invocation.Origin.BUTTON, false);
    }

    /** The tab's blocks: search, the card shown, the profile, and for a reviewer the suggestions waiting. */
    List<LayoutBlock> view(Invocation invocation, Optional<Card> shown, boolean reviewer) {
        SlackCardRenderer renderer = SlackCardRenderer.forLocale(invocation.locale());
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(SlackHomeSearch.box(invocation.locale()));
        shown.ifPresent(card -> {
            blocks.addAll(renderer.blocks(withoutShare(card)));
            blocks.add(DividerBlock.builder().build());
        });
        blocks.addAll(renderer.blocks(commands.answer(invocation, "me")));
        List<String> followed = follows == null ? List.of() : follows.followedLines(invocation);
        if (!followed.isEmpty()) {
            String heading = Messages.forLocale(invocation.locale()).get(MessageKey.ME_FOLLOWING);
            String lines =
                    followed.stream().map(line -> "• " + SlackText.escape(line)).collect(Collectors.joining("\n"));
            blocks.add(DividerBlock.builder().build());
            blocks.add(SectionBlock.builder()
                    .text(SlackText.markdown(SlackText.cut("*" + SlackText.escape(heading) + "*\n" + lines, 3000, "…")))
                    .build());
        }
        if (reviewer) {
            blocks.add(DividerBlock.builder().build());
            blocks.addAll(renderer.blocks(commands.answer(invocation, "proposals")));
        }
        return blocks.size() <= MAX_BLOCKS ? blocks : blocks.subList(0, MAX_BLOCKS);
    }

    /** The card without its Share in channel button: the Home tab is no channel, and a click there has nowhere to post. */
    private static Card withoutShare(Card card) {
        return new Card(
                card.kind(),
                card.title(),
                card.context(),
                card.tags(),
                card.blocks(),
                card.controls().stream()
                        .filter(control ->
                                control.actionIds().stream().noneMatch(id -> id.action() == ActionId.Action.SHARE))
                        .toList(),
                card.fallback());
    }
}
