package org.concord.web.respondent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.concord.assessment.LinkStatus;
import org.concord.assessment.Respondent;
import org.concord.assessment.ResponseService;
import org.concord.web.shared.LostViewRescue;

/**
 * Saves what a respondent posted when their view is gone (their session expired while they were
 * answering, or the server restarted): the answers page carries its link, assessment and page
 * number in plain fields ({@code rescue-*}), so the answers can be saved exactly as the page
 * would have saved them, through {@link ResponseService}, and the respondent is sent on to the
 * page they asked for. The link decides everything, as on the page itself.
 */
@ApplicationScoped
public class RespondentRescue implements LostViewRescue {

    private static final Logger LOG = Logger.getLogger(RespondentRescue.class.getName());
    static final String PAGE = "/respond/answer.xhtml";

    /** Saves a respondent's posted page if this is one; returns where to send them, or null when it is not one. */
    @Override
    public String save(HttpServletRequest request, String path) {
        String token = request.getParameter("rescue-t");
        if (!PAGE.equals(path) || token == null || token.isBlank()) {
            return null;
        }
        String again = PAGE + "?t=" + java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8);
        try {
            ResponseService responses = CDI.current().select(ResponseService.class).get();
            String visitor = RespondentCookies.visitor(request, token).orElse(null);
            Respondent respondent = responses.open(token, visitor);
            if (respondent.status() != LinkStatus.ANSWERING || respondent.reviewing()
                    || !String.valueOf(respondent.assessmentId()).equals(request.getParameter("rescue-assessment"))
                    || !String.valueOf(respondent.page()).equals(request.getParameter("rescue-page"))) {
                return again;
            }
            Map<String, String> parameters = new HashMap<>();
            request.getParameterMap().forEach((name, values) -> parameters.put(name, values.length == 0 ? null : values[0]));
            SentAnswers sent = SentAnswers.read(respondent.items(), parameters);
            if (sent.readable()) {
                String source = String.valueOf(request.getParameter("jakarta.faces.source"));
                int next = source.endsWith("previous") ? respondent.page() - 1
                        : source.endsWith("next") ? respondent.page() + 1 : respondent.page();
                responses.savePage(token, visitor, respondent.assessmentId(), sent.answers(), next);
                LOG.info("saved a respondent's page posted after their view had expired");
            }
        } catch (RuntimeException refused) {
            LOG.log(Level.FINE, "a respondent's expired page could not be saved", refused);
        }
        return again;
    }
}
