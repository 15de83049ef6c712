package org.concord.web.recruiter;

import org.concord.web.shared.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
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
 * Backs the kiosk ({@code /recruiter/kiosk.xhtml?candidate=}): the candidate answers their
 * self-report on the recruiter's screen, ten questions a page, each page saved as it is left
 * (a redirect to the page's own address), then submits and sees a thank-you, never a score. The
 * page serves only the candidate the session's kiosk mode was started for; the recruiter ends
 * kiosk mode with their unlock code.
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

    public void submit() {
        selfReports.submit(currentUser.caller(), candidate, pageAnswers());
        Messages.redirect(kiosk.kioskPath());
    
    }

    /** Ends kiosk mode when the recruiter gives the unlock code back; the candidate's page follows. */
    public void unlock() {
        if (kiosk.unlock(unlockCode)) {
            Messages.info("recruiter.kiosk.ended");
            Messages.redirect("/recruiter/candidate.xhtml?id=" + candidate);
        } else {
            Messages.refused(new Refusal("recruiter.kiosk.wrongCode").on("code"));
        }
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
