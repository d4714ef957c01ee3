package dev.skillbot.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.LinkSharedEvent;
import dev.skillbot.card.ActionId;
import dev.skillbot.card.Card;
import dev.skillbot.chat.Invocation;
import dev.skillbot.command.CommandService;
import dev.skillbot.digest.follow.FollowService;
import dev.skillbot.observability.RequestId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The Bolt routing table. {@code /skill} is answered privately in the ack itself, or opens the
 * suggestion form; buttons and selects are acked at once and answered through their
 * {@code response_url}; modals open before the ack, while the trigger_id lives. Action ids and
 * option values are untrusted: anything that does not decode to the expected action is acked and
 * ignored.
 */
final class SlackRoutes {

    static final String COMMAND = "/skill";

    private final CommandService commands;
    private final AnswerJsonCache answers;
    private final ResponseUrlPoster responder;
    private final SlackReviewers reviewers;
    private final SlackSuggestionFlow suggestions;
    private final SlackReviewFlow reviews;
    private final FollowService follows;
    private final SlackReaderLanguage readers;
    private SlackHome home;
    private Executor afterAck;

    SlackRoutes(
            CommandService commands,
            AnswerJsonCache answers,
            ResponseUrlPoster responder,
            SlackReviewers reviewers,
            SlackSuggestionFlow suggestions,
            SlackReviewFlow reviews,
            FollowService follows,
            SlackReaderLanguage readers) {
        this.commands = commands;
        this.answers = answers;
        this.responder = responder;
        this.reviewers = reviewers;
        this.suggestions = suggestions;
        this.reviews = reviews;
        this.follows = follows;
        this.readers = readers;
    }

    /** Clicks in the App Home tab re-publish it through {@code home}, after the ack. */
    SlackRoutes withHome(SlackHome slackHome, Executor executor) {
        this.home = slackHome;
        this.afterAck = executor;
        return this;
    }

    void register(App app) {
        app.use((request, response, chain) -> {
            try (RequestId ignored = RequestId.start("slack")) {
                return chain.next(request);
            }
        });
        List<Pattern> actionRoutes = new ArrayList<>();
        app.use(new SlackUnknownActions(actionRoutes, responder, readers));
        app.command(COMMAND, this::command);
        blockAction(app, actionRoutes, ActionId.Action.SHOW, this::show);
        blockAction(app, actionRoutes, ActionId.Action.PICK, this::pick);
        blockAction(app, actionRoutes, ActionId.Action.SHARE, this::share);
        blockAction(app, actionRoutes, ActionId.Action.FOLLOW, this::follow);
        blockAction(app, actionRoutes, ActionId.Action.SUGGEST, this::suggest);
        app.viewSubmission(pattern(ActionId.Action.SUBMIT_SUGGESTION), suggestions::submit);
        blockAction(app, actionRoutes, ActionId.Action.APPROVE, reviews::approve);
        blockAction(app, actionRoutes, ActionId.Action.REJECT, reviews::reject);
        app.viewSubmission(pattern(ActionId.Action.SUBMIT_REJECTION), reviews::submitRejection);
        blockAction(
                app,
                actionRoutes,
                ActionId.Action.OPEN,
                (request, context) -> context.ack()); // the browser opened the link
    }

    /** Links to the web pages unfurl into cards; without a public address there are none to unfurl. */
    static void unfurls(App app, SlackUnfurls unfurls) {
        app.event(LinkSharedEvent.class, unfurls::linkShared);
    }

    private static void blockAction(App app, List<Pattern> routes, ActionId.Action action, BlockActionHandler handler) {
        routes.add(pattern(action));
        app.blockAction(pattern(action), handler);
    }

    private Response command(SlashCommandRequest request, SlashCommandContext context) {
        SlashCommandPayload payload = request.getPayload();
        SlackActor actor = SlackActor.of(payload);
        Invocation invocation = actor.invocation(
                readers.of(actor), Invocation.Origin.COMMAND, reviewers.mayManageDigest(actor.author()));
        String text = payload.getText() == null ? "" : payload.getText();
        CommandService.Reply reply = commands.reply(invocation, text);
        if (reply instanceof CommandService.Reply.Form form && suggestions.open(payload.getTriggerId(), form.form())) {
            return context.ack();
        }
        Card card =
                reply instanceof CommandService.Reply.Answer answer ? answer.card() : commands.answer(invocation, text);
        return Response.json(200, answers.json(card, invocation.locale()));
    }

    /** A navigation button: the card it names replaces the one clicked. */
    private Response show(BlockActionRequest request, ActionContext context) {
        decode(request, BlockActionPayload.Action::getActionId, ActionId.Action.SHOW)
                .ifPresent(id -> {
                    Invocation invocation = invocation(request, Invocation.Origin.BUTTON);
                    responder.send(
                            request.getPayload().getResponseUrl(),
                            renderer(invocation).replacing(answer(invocation, id)));
                });
        inHome(request, BlockActionPayload.Action::getActionId, Invocation.Origin.BUTTON);
        return context.ack();
    }

    /** A click in the App Home tab, which has no response_url: the tab is published again with the answer at its top. */
    private void inHome(
            BlockActionRequest request, Function<BlockActionPayload.Action, String> idOf, Invocation.Origin origin) {
        BlockActionPayload payload = request.getPayload();
        if (home == null
                || payload.getResponseUrl() != null
                || payload.getView() == null
                || !"home".equals(payload.getView().getType())
                || payload.getActions() == null
                || payload.getActions().isEmpty()) {
            return;
        }
        Optional.ofNullable(idOf.apply(payload.getActions().get(0)))
                .flatMap(ActionId::decode)
                .filter(id -> id.action() == ActionId.Action.SHOW && !id.arg(0).isBlank())
                .ifPresent(id -> afterAck.execute(() ->
                        home.publish(SlackActor.of(payload), Optional.of(answer(invocation(request, origin), id)))));
    }

    /** A select: the chosen option's value is itself a SHOW id. */
    private Response pick(BlockActionRequest request, ActionContext context) {
        decode(
                        request,
                        action -> action.getSelectedOption() == null
                                ? null
                                : action.getSelectedOption().getValue(),
                        ActionId.Action.SHOW)
                .ifPresent(id -> {
                    Invocation invocation = invocation(request, Invocation.Origin.SELECT);
                    responder.send(
                            request.getPayload().getResponseUrl(),
                            renderer(invocation).replacing(answer(invocation, id)));
                });
        inHome(
                request,
                action -> action.getSelectedOption() == null
                        ? null
                        : action.getSelectedOption().getValue(),
                Invocation.Origin.SELECT);
        return context.ack();
    }

    /** Posts the card for everyone, then removes the private copy. */
    private Response share(BlockActionRequest request, ActionContext context) {
        decode(request, BlockActionPayload.Action::getActionId, ActionId.Action.SHARE)
                .ifPresent(id -> {
                    Invocation invocation = invocation(request, Invocation.Origin.BUTTON);
                    responder.send(
                            request.getPayload().getResponseUrl(),
                            renderer(invocation).inChannel(answer(invocation, id)),
                            ResponseUrlPoster.DELETE_ORIGINAL);
                });
        return context.ack();
    }

    /** Follows or unfollows the skill, and says so privately; the card stays as it was. */
    private Response follow(BlockActionRequest request, ActionContext context) {
        decode(request, BlockActionPayload.Action::getActionId, ActionId.Action.FOLLOW)
                .ifPresent(id -> {
                    String text = follows.toggle(invocation(request, Invocation.Origin.BUTTON), id.arg(0));
                    responder.send(request.getPayload().getResponseUrl(), NoteBlocks.privately(text));
                });
        return context.ack();
    }

    /** Opens the suggestion form for the card's cell before the ack, while the trigger_id lives. */
    private Response suggest(BlockActionRequest request, ActionContext context) {
        decode(request, BlockActionPayload.Action::getActionId, ActionId.Action.SUGGEST)
                .ifPresent(id -> suggestions.openFromButton(
                        request.getPayload().getTriggerId(), invocation(request, Invocation.Origin.BUTTON), id));
        return context.ack();
    }

    /** Works from the action and the container alone: a private (ephemeral) card's payload has no message. */
    private static Optional<ActionId> decode(
            BlockActionRequest request, Function<BlockActionPayload.Action, String> idOf, ActionId.Action expected) {
        BlockActionPayload payload = request.getPayload();
        List<BlockActionPayload.Action> actions = payload.getActions();
        if (actions == null || actions.isEmpty() || payload.getResponseUrl() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(idOf.apply(actions.get(0)))
                .flatMap(ActionId::decode)
                .filter(id -> id.action() == expected && !id.arg(0).isBlank());
    }

    private Invocation invocation(BlockActionRequest request, Invocation.Origin origin) {
        SlackActor actor = SlackActor.of(request.getPayload());
        return actor.invocation(readers.of(actor), origin, false);
    }

    private Card answer(Invocation invocation, ActionId id) {
        return commands.answer(invocation, id.arg(0));
    }

    /** Draws in the reader's language the few words a renderer adds itself (the marker of a cut text). */
    private static SlackCardRenderer renderer(Invocation invocation) {
        return SlackCardRenderer.forLocale(invocation.locale());
    }

    /** Matches the ids of one action, such as {@code sb1:show:...}; decoding checks the rest. */
    private static Pattern pattern(ActionId.Action action) {
        return Pattern.compile(
                "^" + Pattern.quote(new ActionId(action, List.of()).encode()) + "(:.*)?$", Pattern.DOTALL);
    }
}
