package org.concord.web.respondent;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.concord.kernel.Refusal;
import org.concord.assessment.LinkStatus;
import org.concord.assessment.Respondent;
import org.concord.assessment.ResponseService;
import org.concord.web.shared.Dates;
import org.concord.web.shared.ClientAddress;
import org.concord.web.shared.LanguageSelection;
import org.concord.web.shared.PreviewPage;

/**
 * Backs the respondent's page ({@code /respond/answer.xhtml?t=token}), which needs no account:
 * the first page with consent, the questions ten at a time through all the questionnaires of the
 * link, one review of all of them before the one submission, and
 * the pages that say a link is done, closed, not open yet, expired or unknown. Every change
 * goes through {@link ResponseService} and is followed by a redirect to the same address, so
 * the page shown always comes from the database; the answers are read from plain radio
 * buttons so that the server alone decides what an acceptable answer is. The view keeps only
 * the link, which assessment and page it showed, and what was typed: the link's questionnaires
 * are not serialised with the session (which the grid copies after every request), and are read
 * again when the view comes back from another instance or from the session store; if the link
 * has moved on meanwhile (another tab), nothing is saved and the page is simply shown anew.
 */
@Named
@ViewScoped
public class AnswerPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ResponseService responses;

    @Inject
    private LinkGuesses guesses;

    @Inject
    private LanguageSelection language;

    @Inject
    private ClientAddress clientAddress;

    private String t;
    private boolean limited;
    /** What the page showed; not kept with the view (see above), read again when missing. */
    private transient Respondent respondent;
    private Long shownAssessment;
    private int shownPage;
    private final Map<String, Integer> entered = new HashMap<>();
    private boolean consent;
    private LocalDate doneOn;

    /**
     * Resolves the link. Unknown links count as guesses; an address that guessed too many is
     * slowed and its misses answered 429, but a link that works always opens.
     */
    public void load() {
        ExternalContext context = external();
        String address = clientAddress.of(request());
        GuessDelay.hold(guesses.slowdown(address));
        respondent = responses.open(t, RespondentCookies.visitor(request(), t).orElse(null));
        shownAssessment = respondent.assessmentId();
        shownPage = respondent.page();
        if (respondent.status() == LinkStatus.UNKNOWN) {
            limited = guesses.blocked(address);
            guesses.missed(address);
            context.setResponseStatus(limited ? 429 : HttpServletResponse.SC_NOT_FOUND);
        }
        entered.putAll(respondent.answers());
        if (respondent.status() == LinkStatus.DONE) {
            doneOn = respondent.date() != null ? respondent.date() : RespondentCookies.doneOn(request(), t).orElse(null);
        }
    }

    public String start() {
        if (!consent) {
            throw new Refusal("respond.consent.required").on("consent");
        }
        Respondent now = responses.consent(t, visitor());
        if (now.newVisitorToken() != null) {
            RespondentCookies.keepVisitor(request(), response(), t, now.newVisitorToken());
        }
        return reload();
    }

    public String next() {
        return save(shownPage + 1);
    }

    public String previous() {
        return save(shownPage - 1);
    }

    public String submit() {
        if (!stillShown()) {
            return reload();
        }
        Respondent now = responses.submit(t, visitor(), shownAssessment);
        if (now.status() == LinkStatus.DONE && now.asker().isCampaign() && now.date() != null) {
            RespondentCookies.keepDoneOn(request(), response(), t, now.date());
        }
        return reload();
    }

    private String save(int nextPage) {
        if (!stillShown()) {
            return reload();
        }
        SentAnswers sent = SentAnswers.read(respondent().items(), external().getRequestParameterMap());
        sent.answers().forEach((item, value) -> {
            if (value == null) {
                entered.remove(item);
            } else {
                entered.put(item, value);
            }
        });
        if (!sent.readable()) {
            throw new Refusal("respond.invalid");
        }
        responses.savePage(t, visitor(), shownAssessment, sent.answers(), nextPage);
        return reload();
    }

    /** The link as the page showed it, or as it is now when the view was read back from a copy. */
    private Respondent respondent() {
        if (respondent == null) {
            respondent = responses.open(t, visitor());
        }
        return respondent;
    }

    /** Whether the link is still on the assessment and page this view showed (always, unless read back from a copy). */
    private boolean stillShown() {
        Respondent now = respondent();
        return java.util.Objects.equals(now.assessmentId(), shownAssessment) && now.page() == shownPage;
    }

    private String reload() {
        return "/respond/answer?faces-redirect=true&includeViewParams=true";
    }

    private String visitor() {
        return RespondentCookies.visitor(request(), t).orElse(null);
    }

    private String format(LocalDate day) {
        return day == null ? null : Dates.format(day, language.getLocale());
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) external().getRequest();
    }

    private static HttpServletResponse response() {
        return (HttpServletResponse) external().getResponse();
    }

    public List<PreviewPage.Option> getOptions() {
        return respondent().questionnaire().responseFormat().orderedLabels().entrySet().stream()
                .map(point -> new PreviewPage.Option(point.getKey(), point.getValue().in(language.getCode())))
                .toList();
    }

    /** The status to show: LIMITED when this address was refused, else the link's. */
    public String getStatus() {
        return limited ? "LIMITED" : respondent().status().name();
    }

    public Respondent getRespondent() {
        return respondent();
    }

    public Map<String, Integer> getEntered() {
        return entered;
    }

    public String getDate() {
        return format(respondent().date());
    }

    public String getKeptUntil() {
        return format(respondent().asker().keptUntil());
    }

    public String getDoneOn() {
        return format(doneOn);
    }

    /** The numbers of a questionnaire's questions left unanswered, as the review lists them. */
    public String skipped(Respondent.Review review) {
        return review.skipped().stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public String getT() {
        return t;
    }

    public void setT(String t) {
        this.t = t;
    }
}
