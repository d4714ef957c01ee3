package dev.skillbot.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import dev.skillbot.card.ActionId;
import dev.skillbot.card.Card;
import dev.skillbot.chat.Invocation;
import dev.skillbot.command.CommandService;
import dev.skillbot.digest.follow.FollowService;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code /skill} and the buttons and selects on the cards it answers with. The command is
 * answered privately in the ack itself (a document too long for one message, in several through its
 * response_url), or opens the suggestion form; a navigation button or
 * select replaces the card through its {@code response_url}, or re-publishes the Home tab when
 * clicked there; share posts the card for everyone; follow toggles and says so privately.
 */
final class SlackLookupRoutes implements SlackRoutes.Group {

    private static final Function<BlockActionPayload.Action, String> ACTION_ID = BlockActionPayload.Action::getActionId;
    private static final Function<BlockActionPayload.Action, String> SELECTED =
            action -> action.getSelectedOption() == null
                    ? null
                    : action.getSelectedOption().getValue();

    private final CommandService commands;
    private final AnswerJsonCache answers;
    private final ResponseUrlPoster responder;
    private final SlackReviewers reviewers;
    private final SlackSuggestionFlow suggestions;
    private final FollowService follows;
    private final SlackReaderLanguage readers;
    private final SlackChannelPosts posts;
    private final SlackLongAnswers longAnswers;
    private SlackHome home;

    SlackLookupRoutes(
            CommandService commands,
            AnswerJsonCache answers,
            ResponseUrlPoster responder,
            SlackReviewers reviewers,
            SlackSuggestionFlow suggestions,
            FollowService follows,
            SlackReaderLanguage readers,
            SlackChannelPosts posts) {
        this.commands = commands;
        this.posts = posts;
        this.answers = answers;
        this.responder = responder;
        this.reviewers = reviewers;
        this.suggestions = suggestions;
        this.follows = follows;
        this.readers = readers;
        this.longAnswers = new SlackLongAnswers(responder);
    }

    /** Clicks in the App Home tab re-publish it through {@code home}, after the ack. */
    SlackLookupRoutes withHome(SlackHome slackHome) {
        this.home = slackHome;
        return this;
    }

    @Override
    public void register(SlackActionRoutes routes) {
        routes.app().command(SlackRoutes.COMMAND, this::command);
        routes.blockAction(ActionId.Action.SHOW, this::show);
        routes.blockAction(ActionId.Action.PICK, this::pick);
        routes.blockAction(ActionId.Action.SHARE, this::share);
        routes.blockAction(ActionId.Action.FOLLOW, this::follow);
    }

    private Response command(SlashCommandRequest request, SlashCommandContext context) {
        SlashCommandPayload payload = request.getPayload();
        SlackActor actor = SlackActor.of(payload);
        Invocation invocation =
                actor.invocation(readers.of(actor), Invocation.Origin.COMMAND, reviewers.mayManageDigest(actor));
        String text = SlackCommandText.of(payload.getText());
        CommandService.Reply reply = changingHome(actor, text, () -> commands.reply(invocation, text));
        if (reply instanceof CommandService.Reply.Form form && suggestions.open(payload.getTriggerId(), form.form())) {
            return context.ack();
        }
        Card card =
                reply instanceof CommandService.Reply.Answer answer ? answer.card() : commands.answer(invocation, text);
        if (longAnswers.sent(card, payload.getResponseUrl(), renderer(invocation), false)) {
            return context.ack();
        }
        return answers.json(card, invocation.locale()).response();
    }

    /** A navigation button: the card it names replaces the one clicked. */
    private Response show(BlockActionRequest request, ActionContext context) {
        return replace(request, context, ACTION_ID, Invocation.Origin.BUTTON);
    }

    /** A select: the chosen option's value is itself a SHOW id. */
    private Response pick(BlockActionRequest request, ActionContext context) {
        return replace(request, context, SELECTED, Invocation.Origin.SELECT);
    }

    private Response replace(
            BlockActionRequest request,
            ActionContext context,
            Function<BlockActionPayload.Action, String> idOf,
            Invocation.Origin origin) {
        SlackActionRoutes.decode(request, idOf, ActionId.Action.SHOW).ifPresent(id -> {
            Invocation invocation = invocation(request, origin);
            Card card = SlackHome.clickedIn(request.getPayload())
                    ? answer(invocation, id)
                    : changingHome(SlackActor.of(request.getPayload()), id.arg(0), () -> answer(invocation, id));
            String responseUrl = request.getPayload().getResponseUrl();
            if (!longAnswers.sent(card, responseUrl, renderer(invocation), true)) {
                responder.send(responseUrl, renderer(invocation).replacing(card));
            }
        });
        inHome(request, idOf, origin);
        return context.ack();
    }

    /** A click in the App Home tab, which has no response_url: the tab is published again with the answer at its top. */
    private void inHome(
            BlockActionRequest request, Function<BlockActionPayload.Action, String> idOf, Invocation.Origin origin) {
        homeClick(request, idOf, ActionId.Action.SHOW)
                .ifPresent(id -> home.show(request.getPayload(), () -> answer(invocation(request, origin), id)));
    }

    /** Follow in the App Home tab: toggled, and the tab published again with the skill at its top and the follows listed. */
    private void followInHome(BlockActionRequest request) {
        homeClick(request, ACTION_ID, ActionId.Action.FOLLOW)
                .ifPresent(id -> home.show(request.getPayload(), () -> {
                    Invocation invocation = invocation(request, Invocation.Origin.BUTTON);
                    follows.toggle(invocation, id.arg(0));
                    return answer(invocation, id);
                }));
    }

    /** A command answered elsewhere that changes what the actor's Home tab shows of them: the tab is drawn again after it. */
    private <T> T changingHome(SlackActor actor, String command, Supplier<T> answer) {
        return home != null && commands.changesOwnView(command) ? home.changing(actor, answer) : answer.get();
    }

    /** The action of a click in the App Home tab, if it is one (no response_url) and of that action. */
    private Optional<ActionId> homeClick(
            BlockActionRequest request, Function<BlockActionPayload.Action, String> idOf, ActionId.Action action) {
        BlockActionPayload payload = request.getPayload();
        if (home == null
                || !SlackHome.clickedIn(payload)
                || payload.getActions() == null
                || payload.getActions().isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(idOf.apply(payload.getActions().get(0)))
                .flatMap(ActionId::decode)
                .filter(id -> id.action() == action && !id.arg(0).isBlank());
    }

    /** Posts the card for everyone, then removes the private copy. */
    private Response share(BlockActionRequest request, ActionContext context) {
        SlackActionRoutes.decode(request, ACTION_ID, ActionId.Action.SHARE)
                .ifPresent(id -> posts.post(
                        invocation(request, Invocation.Origin.PUBLIC),
                        id.arg(0),
                        request.getPayload().getResponseUrl()));
        return context.ack();
    }

    /** Follows or unfollows the skill, and says so privately; the card stays as it was. */
    private Response follow(BlockActionRequest request, ActionContext context) {
        SlackActionRoutes.decode(request, ACTION_ID, ActionId.Action.FOLLOW).ifPresent(id -> {
            Supplier<String> toggle = () -> follows.toggle(invocation(request, Invocation.Origin.BUTTON), id.arg(0));
            String text = home != null && !SlackHome.clickedIn(request.getPayload())
                    ? home.changing(SlackActor.of(request.getPayload()), toggle) // the tab lists the skills followed
                    : toggle.get();
            responder.send(request.getPayload().getResponseUrl(), NoteBlocks.privately(text));
        });
        followInHome(request);
        return context.ack();
    }

    private Invocation invocation(BlockActionRequest request, Invocation.Origin origin) {
        return SlackActionRoutes.invocation(request, origin, readers);
    }

    private Card answer(Invocation invocation, ActionId id) {
        return commands.answer(invocation, id.arg(0));
    }

    /** Draws in the reader's language the few words a renderer adds itself (the marker of a cut text). */
    private static SlackCardRenderer renderer(Invocation invocation) {
        return SlackCardRenderer.forLocale(invocation.locale());
    }
}
