package dev.skillbot.slack;

import com.slack.api.bolt.App;
import com.slack.api.model.event.LinkSharedEvent;
import dev.skillbot.card.ActionId;
import dev.skillbot.observability.RequestId;
import java.util.List;

/**
 * The Bolt routing table, one {@link Group} per feature: lookups ({@link SlackLookupRoutes}),
 * suggestions and their review ({@link SlackSuggestionRoutes}), the Home tab ({@link SlackHome}).
 * {@code /skill} is answered privately in the ack itself, or opens the suggestion form; buttons and
 * selects are acked at once and answered through their {@code response_url}; modals open before
 * the ack, while the trigger_id lives. Action ids and option values are untrusted: anything that
 * does not decode to the expected action is acked and ignored, and a click no route takes is acked
 * with a note ({@link SlackUnknownActions}), as is a form no route takes ({@link SlackUnroutedForms}).
 * Every request runs under a request id.
 */
final class SlackRoutes {

    static final String COMMAND = "/skill";

    /** The routes of one feature. */
    interface Group {
        void register(SlackActionRoutes routes);
    }

    private final ResponseUrlPoster responder;
    private final SlackReaderLanguage readers;
    private final List<Group> groups;

    SlackRoutes(ResponseUrlPoster responder, SlackReaderLanguage readers, List<Group> groups) {
        this.responder = responder;
        this.readers = readers;
        this.groups = List.copyOf(groups);
    }

    void register(App app) {
        app.use((request, response, chain) -> {
            try (RequestId ignored = RequestId.start("slack")) {
                return chain.next(request);
            }
        });
        app.use(SlackIds::refuseUnlikely);
        SlackActionRoutes routes = new SlackActionRoutes(app);
        app.use(new SlackUnknownActions(routes.blockActions(), responder, readers));
        app.use(new SlackUnroutedForms(routes.viewSubmissions(), readers));
        groups.forEach(group -> group.register(routes));
        routes.blockAction(ActionId.Action.OPEN, (request, context) -> context.ack()); // the browser opened the link
    }

    /** Links to the web pages unfurl into cards; without a public address there are none to unfurl. */
    static void unfurls(App app, SlackUnfurls unfurls) {
        app.event(LinkSharedEvent.class, unfurls::linkShared);
    }

    /**
     * Without a public address nothing unfurls, but {@code manifest.yml} subscribes to {@code link_shared}: each such
     * event is still acknowledged, or Slack retries it, Bolt logs a warning and Slack may turn off the app's events,
     * the Home tab's among them.
     */
    static void noUnfurls(App app) {
        app.event(LinkSharedEvent.class, (event, context) -> context.ack());
    }
}
