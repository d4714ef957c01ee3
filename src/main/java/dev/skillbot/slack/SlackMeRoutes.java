package dev.skillbot.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.skillbot.card.ActionId;
import dev.skillbot.card.Card;
import dev.skillbot.card.Choices;
import dev.skillbot.chat.Invocation;
import dev.skillbot.command.CommandService;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The "I do this" checkboxes: each tick or untick sends the element's whole {@code selected_options},
 * which run the checkboxes' command ({@link Choices#command}); the answer replaces the card through its
 * {@code response_url}, or in the App Home tab is published again at the tab's top. Option values are untrusted and the core checks them.
 */
final class SlackMeRoutes implements SlackRoutes.Group {

    private final CommandService commands;
    private final ResponseUrlPoster responder;
    private final SlackReaderLanguage readers;
    private final SlackHome home;

    SlackMeRoutes(CommandService commands, ResponseUrlPoster responder, SlackReaderLanguage readers, SlackHome home) {
        this.commands = commands;
        this.responder = responder;
        this.readers = readers;
        this.home = home;
    }

    @Override
    public void register(SlackActionRoutes routes) {
        routes.blockAction(ActionId.Action.CHOOSE, this::choose);
    }

    private Response choose(BlockActionRequest request, ActionContext context) {
        SlackActionRoutes.decode(request, BlockActionPayload.Action::getActionId, ActionId.Action.CHOOSE)
                .ifPresent(id -> {
                    Invocation invocation = SlackActionRoutes.invocation(request, Invocation.Origin.SELECT, readers);
                    String command = Choices.command(
                            id, chosen(request.getPayload().getActions().get(0)));
                    Supplier<Card> answer = () -> commands.answer(invocation, command);
                    Card card = !SlackHome.clickedIn(request.getPayload()) && commands.changesOwnView(command)
                            ? home.changing(SlackActor.of(request.getPayload()), answer) // a mark: the tab's readiness
                            : answer.get();
                    responder.send(
                            request.getPayload().getResponseUrl(),
                            SlackCardRenderer.forLocale(invocation.locale()).replacing(card));
                });
        inHome(request);
        return context.ack();
    }

    /** A change in the App Home tab, which has no response_url: the tab is published again with the answer at its top. */
    private void inHome(BlockActionRequest request) {
        BlockActionPayload payload = request.getPayload();
        if (!SlackHome.clickedIn(payload)
                || payload.getActions() == null
                || payload.getActions().isEmpty()) {
            return;
        }
        BlockActionPayload.Action action = payload.getActions().get(0);
        Optional.ofNullable(action.getActionId())
                .flatMap(ActionId::decode)
                .filter(id ->
                        id.action() == ActionId.Action.CHOOSE && !id.arg(0).isBlank())
                .ifPresent(id -> home.show(payload, () -> {
                    Invocation invocation = SlackActionRoutes.invocation(request, Invocation.Origin.SELECT, readers);
                    return commands.answer(invocation, Choices.command(id, chosen(action)));
                }));
    }

    private static List<String> chosen(BlockActionPayload.Action action) {
        return action.getSelectedOptions() == null
                ? List.of()
                : action.getSelectedOptions().stream()
                        .filter(Objects::nonNull)
                        .map(BlockActionPayload.Action.SelectedOption::getValue)
                        .toList();
    }
}
