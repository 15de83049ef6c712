package org.concord.web.recruiter;

import org.concord.web.shared.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.concord.interview.KioskView;
import org.concord.kernel.Refusal;
import org.concord.interview.SelfReportService;
import org.concord.questionnaire.Item;
import org.concord.security.CurrentUser;
import org.concord.web.shared.LanguageSelection;

/**
 * Backs the kiosk ({@code /recruiter/kiosk.xhtml?candidate=}), a locked screen: the candidate
 * reads what the self-report is for and agrees to answer, answers ten questions a page with
 * their progress counted in answered questions, each page saved as it is left (a redirect to
 * the page's own address), reviews what they left blank, then submits and sees a thank-you,
 * never a score; as in the personal-link flow, whose texts it shares. The page serves only the
 * candidate the session's kiosk mode was started for. Handing the screen back takes the
 * recruiter's unlock code and then ends the whole session: the recruiter signs in again, so
 * nothing of their access stays with the screen the candidate used.
 */
@Named
@ViewScoped
public class KioskPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One answer the candidate can give: its value and label. */
    public record Option(int value, String label) implements java.io.Serializable {
    }

    @Inject
    private SelfReportService selfReports;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private KioskSession kiosk;

    @Inject
    private LanguageSelection language;

    private Long candidate;
    private KioskView view;
    private List<Option> options = List.of();
    private final Map<String, Integer> answers = new HashMap<>();
    private String unlockCode;
    private String refusal;
    private boolean consent;

    public void load() {
        if (!kiosk.isLocked()) {
            refusal = "recruiter.kiosk.off";
            return;
        }
        if (!kiosk.getCandidateId().equals(candidate)) {
            Messages.redirect(kiosk.kioskPath());
            return;
        }
        try {
            view = selfReports.kiosk(currentUser.caller(), candidate);
            answers.putAll(view.answers());
            options = new TreeMap<>(view.questionnaire().responseFormat().labels()).entrySet().stream()
                    .map(p -> new Option(p.getKey(), p.getValue().in(language.getCode())))
                    .toList();
        } catch (Refusal refused) {
            refusal = Messages.refused(refused);
        }
    }

    public void previous() {
        save(view.page() - 1);
    }

    public void next() {
        save(view.page() + 1);
    }

    /** The candidate has agreed to answer: the questions follow. */
    public void start() {
        if (!consent) {
            throw new Refusal("respond.consent.required").on("consent");
        }
        kiosk.consent();
        Messages.redirect(kiosk.kioskPath());
    }

    /** Saves the last page and shows the review step before anything is submitted. */
    public void review() {
        selfReports.savePage(currentUser.caller(), candidate, pageAnswers(), view.page());
        kiosk.review(true);
        Messages.redirect(kiosk.kioskPath());
    }

    /** From the review back to the last page of questions. */
    public void backFromReview() {
        kiosk.review(false);
        Messages.redirect(kiosk.kioskPath());
    }

    public void submit() {
        selfReports.submit(currentUser.caller(), candidate, Map.of());
        kiosk.review(false);
        Messages.redirect(kiosk.kioskPath());
    }

    /**
     * Hands the screen back when the recruiter gives the unlock code: kiosk mode ends with the
     * whole session, and the sign-in page leads the recruiter, once signed in again, to the candidate's page.
     */
    public void unlock() throws IOException, ServletException {
        if (!kiosk.unlock(unlockCode)) {
            Messages.refused(new Refusal("recruiter.kiosk.wrongCode").on("code"));
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String code = language.getCode();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/signin.xhtml?lang=" + code + "&handedBack=true&next="
                + URLEncoder.encode("/recruiter/candidate.xhtml?id=" + candidate, StandardCharsets.UTF_8));
    }

    /** How many of the questionnaire's questions have an answer. */
    public int getAnswered() {
        return (int) view.questionnaire().items().stream().filter(i -> view.answers().get(i.id()) != null).count();
    }

    /** The numbers of the questions left blank, for the review, e.g. "3, 7". */
    public String getSkipped() {
        List<Item> items = view.questionnaire().items();
        StringBuilder numbers = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            if (view.answers().get(items.get(i).id()) == null) {
                numbers.append(numbers.length() > 0 ? ", " : "").append(i + 1);
            }
        }
        return numbers.toString();
    }

    public int getSkippedCount() {
        return view.questionnaire().items().size() - getAnswered();
    }

    /** Whether the candidate is to read and agree first. */
    public boolean isAskingConsent() {
        return view != null && !view.submitted() && !kiosk.isConsented() && getAnswered() == 0;
    }

    public boolean isReviewing() {
        return view != null && !view.submitted() && kiosk.isReviewing();
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    private void save(int page) {
        selfReports.savePage(currentUser.caller(), candidate, pageAnswers(), view.pages().clamp(page));
        Messages.redirect(kiosk.kioskPath());
    
    }

    /** This page's answers; an item left blank clears any earlier answer to it. */
    private Map<String, Integer> pageAnswers() {
        Map<String, Integer> page = new HashMap<>();
        for (Item item : view.items()) {
            page.put(item.id(), answers.get(item.id()));
        }
        return page;
    }

    public Long getCandidate() {
        return candidate;
    }

    public void setCandidate(Long candidate) {
        this.candidate = candidate;
    }

    public KioskView getView() {
        return view;
    }

    public List<Option> getOptions() {
        return options;
    }

    public Map<String, Integer> getAnswers() {
        return answers;
    }

    public String getUnlockCode() {
        return unlockCode;
    }

    public void setUnlockCode(String unlockCode) {
        this.unlockCode = unlockCode;
    }

    public String getRefusal() {
        return refusal;
    }
}
