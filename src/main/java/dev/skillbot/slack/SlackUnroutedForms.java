package dev.skillbot.slack;

import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewTitle;
import dev.skillbot.i18n.MessageKey;
import dev.skillbot.i18n.Messages;
import dev.skillbot.observability.LogSafe;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A form submitted whose callback id no route takes (opened by an older version before an upgrade, say). Left to
 * Bolt it gets a 404, which Slack shows in the form as an error, and a WARN with the raw id, line breaks and all.
 * Here the form turns into a note that nothing was saved, logged as one escaped line.
 */
final class SlackUnroutedForms implements Middleware {

    private static final Logger log = LoggerFactory.getLogger(SlackUnroutedForms.class);

    private final List<Pattern> forms;
    private final SlackReaderLanguage readers;

    /** {@code forms} are the view submission patterns Bolt routes by, read on every submission. */
    SlackUnroutedForms(List<Pattern> forms, SlackReaderLanguage readers) {
        this.forms = forms;
        this.readers = readers;
    }

    @Override
    public Response apply(Request request, Response response, MiddlewareChain chain) throws Exception {
        if (request instanceof ViewSubmissionRequest submission) {
            String callbackId = submission.getPayload().getView() == null
                    ? null
                    : submission.getPayload().getView().getCallbackId();
            if (callbackId == null
                    || forms.stream().noneMatch(form -> form.matcher(callbackId).matches())) {
                log.info(
                        "Slack: no route for form {}; answered with a note",
                        LogSafe.escape(String.valueOf(callbackId)));
                String note = messages(SlackActor.of(submission.getPayload())).get(MessageKey.FORM_UNKNOWN);
                return Response.json(200, Map.of("response_action", "update", "view", noteView(note)));
            }
        }
        return chain.next(request);
    }

    private Messages messages(SlackActor actor) {
        return Messages.forLocale(readers.of(actor));
    }

    private static View noteView(String note) {
        return View.builder()
                .type("modal")
                .title(ViewTitle.builder().type("plain_text").text("Skillbot").build())
                .blocks(NoteBlocks.blocks(note))
                .build();
    }
}
