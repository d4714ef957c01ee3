package dev.skillbot.slack;

import com.slack.api.app_backend.interactive_components.response.Option;
import com.slack.api.bolt.App;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.ExternalSelectElement;
import dev.skillbot.card.ActionId;
import dev.skillbot.command.CommandService;
import dev.skillbot.i18n.MessageKey;
import dev.skillbot.i18n.Messages;
import java.util.List;

/**
 * The Home tab's skill search: an {@code external_select} at the top of the tab, whose options Slack asks for as the
 * person types ({@code block_suggestion}) and the typo-tolerant matcher gives; a choice opens the skill's overview.
 */
final class SlackHomeSearch {

    static final int SEARCH_OPTIONS = 20;
    static final String SEARCH = ActionId.of(ActionId.Action.PICK, "search").encode();

    private final CommandService commands;
    private final SlackReaderLanguage readers;

    SlackHomeSearch(CommandService commands, SlackReaderLanguage readers) {
        this.commands = commands;
        this.readers = readers;
    }

    void register(App app) {
        app.blockSuggestion(SEARCH, (request, context) -> {
            var user = request.getPayload().getUser();
            String locale = readers.of(context.getTeamId(), user == null ? null : user.getId());
            return context.ack(
                    response -> response.options(options(request.getPayload().getValue(), locale)));
        });
    }

    /** The search box, its placeholder in the reader's language. */
    static LayoutBlock box(String locale) {
        return ActionsBlock.builder()
                .elements(List.of(ExternalSelectElement.builder()
                        .actionId(SEARCH)
                        .minQueryLength(1)
                        .placeholder(PlainTextObject.builder()
                                .text(Messages.forLocale(locale).get(MessageKey.ME_SEARCH))
                                .build())
                        .build()))
                .build();
    }

    /**
     * Skills for what the user typed, ranked by the matcher, named in the reader's language as their cards name them;
     * each opens its overview in the Home tab.
     */
    List<Option> options(String typed, String locale) {
        return commands.catalogs().current().matcher().suggest(typed == null ? "" : typed, SEARCH_OPTIONS).stream()
                .filter(skill -> ActionId.fits(ActionId.Action.SHOW, skill.id()))
                .map(skill -> new Option(
                        PlainTextObject.builder()
                                .text(SlackText.fit(
                                        skill.localizedName().in(locale).text(), SlackControls.OPTION_TEXT_MAX, "…"))
                                .build(),
                        ActionId.of(ActionId.Action.SHOW, skill.id()).encode()))
                .toList();
    }
}
