package dev.skillbot.slack;

import dev.skillbot.http.CachedBodyRequest;
import dev.skillbot.http.PlainAnswer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks a Slack request's signature before anything parses its body: Bolt parses first and
 * verifies afterwards, so a stranger's malformed body used to reach its parser. The body (already
 * bounded by the size limit) is read here; a request that is not signed with the signing secret
 * within the last 5 minutes gets 401, a signed one that is not a form 400 (or, when link unfurls
 * are on, not a form nor Events API JSON), and the rest goes on to Bolt with the same bytes; this
 * is the only check (Bolt's own is switched off, see SlackConfiguration).
 */
final class SlackSignatureFilter extends OncePerRequestFilter {

    static final String TIMESTAMP = "X-Slack-Request-Timestamp";
    static final String SIGNATURE = "X-Slack-Signature";
    /** Set on a request whose signature this filter verified; Bolt's own check is off, so the servlet requires it. */
    static final String VERIFIED = SlackSignatureFilter.class.getName() + ".verified";

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String JSON = "application/json";
    private static final Logger log = LoggerFactory.getLogger(SlackSignatureFilter.class);

    private final SlackSignature signature;
    private final boolean events;

    SlackSignatureFilter(SlackSignature signature) {
        this(signature, false);
    }

    /** @param events whether Events API requests (JSON: the Home tab's {@code app_home_opened}, {@code link_shared} for unfurls) are expected too */
    SlackSignatureFilter(SlackSignature signature, boolean events) {
        this.signature = signature;
        this.events = events;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] body = request.getInputStream().readAllBytes();
        SlackSignature.Verdict verdict =
                signature.verify(request.getHeader(TIMESTAMP), request.getHeader(SIGNATURE), body);
        if (verdict != SlackSignature.Verdict.VALID) {
            log.debug("Refused a Slack request: signature {}", verdict);
            PlainAnswer.send(response, HttpServletResponse.SC_UNAUTHORIZED, "invalid or missing Slack signature");
            return;
        }
        String type = mediaType(request.getContentType());
        if (!(type.equals(FORM) || events && type.equals(JSON))) {
            PlainAnswer.send(
                    response, HttpServletResponse.SC_BAD_REQUEST, "expected " + FORM + (events ? " or " + JSON : ""));
            return;
        }
        request.setAttribute(VERIFIED, Boolean.TRUE);
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    /** Slash commands and interactions are forms; the only Events API (JSON) event Skillbot subscribes to is link_shared. */
    private static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }
}
