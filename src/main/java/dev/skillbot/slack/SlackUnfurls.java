package dev.skillbot.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.LinkSharedEvent;
import dev.skillbot.card.Card;
import dev.skillbot.chat.Invocation;
import dev.skillbot.chat.Platform;
import dev.skillbot.command.CommandService;
import dev.skillbot.command.Permalinks;
import dev.skillbot.command.SkillLinks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * A link to the catalog's web pages pasted in Slack ({@code link_shared}) unfurls into the compact
 * card of what the page shows, through {@code chat.unfurl} after the ack. Links to anything else,
 * or to a page that shows no card (an unknown skill), are left as Slack shows them. Slack sends each address as
 * its messages write it, {@code &} as {@code &amp;} ({@code ?level=senior&amp;role=sre}, whose role was lost): the
 * address is read with the characters back, and the unfurl is keyed by the address as Slack sent it.
 */
final class SlackUnfurls {

    static final int MAX_LINKS = 5;

    private final CommandService commands;
    private final Permalinks permalinks;
    private final SlackMessenger web;
    private final Executor afterAck;
    private final String locale;

    SlackUnfurls(CommandService commands, Permalinks permalinks, SlackMessenger web, Executor afterAck, String locale) {
        this.commands = commands;
        this.permalinks = permalinks;
        this.web = web;
        this.afterAck = afterAck;
        this.locale = locale;
    }

    Response linkShared(EventsApiPayload<LinkSharedEvent> payload, EventContext context) {
        LinkSharedEvent event = payload.getEvent();
        Invocation invocation = new Invocation(
                Platform.SLACK,
                payload.getTeamId(),
                event.getChannel(),
                event.getUser(),
                locale,
                Invocation.Origin.PUBLIC);
        Map<String, Card> cards = new LinkedHashMap<>();
        List<LinkSharedEvent.Link> links = event.getLinks() == null ? List.of() : event.getLinks();
        for (LinkSharedEvent.Link link : links.stream().limit(MAX_LINKS).toList()) {
            card(invocation, link.getUrl()).ifPresent(card -> cards.put(link.getUrl(), card));
        }
        if (!cards.isEmpty()) {
            afterAck.execute(() -> web.unfurl(
                    event.getChannel(), event.getMessageTs(), event.getUnfurlId(), event.getSource(), cards));
        }
        return context.ack();
    }

    private Optional<Card> card(Invocation invocation, String url) {
        return permalinks
                .path(url == null ? null : SlackCommandText.entities(url))
                .flatMap(
                        path -> SkillLinks.commandText(path, commands.catalogs().current()))
                .map(text -> commands.answer(invocation, text))
                .filter(card -> card.kind() != Card.Kind.DID_YOU_MEAN
                        && card.kind() != Card.Kind.WHICH_SKILL
                        && card.kind() != Card.Kind.ERROR);
    }
}
