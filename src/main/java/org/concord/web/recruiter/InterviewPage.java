package org.concord.web.recruiter;

import org.concord.web.shared.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.concord.database.Submissions;
import org.concord.interview.CandidateProfile;
import org.concord.interview.InterviewService;
import org.concord.interview.InterviewSheet;
import org.concord.interview.ProfileService;
import org.concord.kernel.Refusal;
import org.concord.questionnaire.Item;
import org.concord.questionnaire.Text;
import org.concord.security.CurrentUser;
import org.concord.web.shared.FormKey;

/**
 * Backs the interview screen ({@code /recruiter/interview.xhtml?candidate=&q=}): one question at
 * a time, with its follow-up probes, the anchored rating 1..5 and a note. A rating is saved the
 * moment it is chosen (ajax), a note when it is left, and both when moving to another question,
 * which is a redirect to that question's own address, so a reload loses nothing. Beside it, the
 * candidate's self-report profile and the probes for their low scales, once it is in.
 */
@Named
@ViewScoped
public class InterviewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One point of the rating scale: its value, its label and, for 1, 3 and 5, its anchor. */
    public record Point(int value, Text label, Text anchor) implements java.io.Serializable {
    }

    @Inject
    private Submissions submissions;

    @Inject
    private InterviewService interviews;

    @Inject
    private ProfileService profiles;

    @Inject
    private CurrentUser currentUser;

    private Long candidate;
    private Integer q;
    private InterviewSheet sheet;
    private CandidateProfile profile;
    private Item item;
    private List<Point> points = List.of();
    private Integer rating;
    private String note;
    private String refusal;

    public void load() {
        try {
            if (candidate == null) {
                throw Refusal.of(Refusal.Kind.FORBIDDEN, "recruiter.error.notYours");
            }
            sheet = interviews.sheet(currentUser.caller(), candidate);
            profile = profiles.profile(currentUser.caller(), candidate);
            q = Math.min(Math.max(q == null ? sheet.question() : q, 1), getQuestionCount());
            item = sheet.questionnaire().items().get(q - 1);
            rating = sheet.ratings().get(item.id());
            note = sheet.notes().get(item.id());
            points = new TreeMap<>(sheet.questionnaire().responseFormat().labels()).entrySet().stream()
                    .map(p -> new Point(p.getKey(), p.getValue(), item.anchors().get(p.getKey())))
                    .toList();
        } catch (Refusal refused) {
            refusal = Messages.refused(refused);
        }
    }

    /** Saves the rating and note of the question shown (ajax: on choosing a rating, on leaving the note). */
    public void save() {
        sheet = interviews.rate(currentUser.caller(), candidate, item.id(), rating, note, q);
        Messages.info("recruiter.interview.saved", q);
    
    }

    public void previous() {
        go(q - 1);
    }

    public void next() {
        go(q + 1);
    }

    /** Saves this question, then submits every rating; the candidate's page follows. */
    public void submit() {
        submissions.once(FormKey.of("interview.submit"), "interview.submit", () -> {
            interviews.rate(currentUser.caller(), candidate, item.id(), rating, note, q);
            interviews.submit(currentUser.caller(), candidate);
            return String.valueOf(candidate);
        });
        Messages.info("recruiter.interview.submitted");
        Messages.redirect("/recruiter/candidate.xhtml?id=" + candidate);
    
    }

    private void go(int question) {
        int target = Math.min(Math.max(question, 1), getQuestionCount());
        interviews.rate(currentUser.caller(), candidate, item.id(), rating, note, target);
        Messages.redirect("/recruiter/interview.xhtml?candidate=" + candidate + "&q=" + target);
    
    }

    public int getQuestionCount() {
        return sheet == null ? 0 : sheet.questionnaire().items().size();
    }

    /** The scale the shown question belongs to. */
    public Text getScaleName() {
        return sheet.questionnaire().scale(item.scale()).orElseThrow().name();
    }

    /** The numbers of the questions not rated yet, "3, 7, 12" (empty when every question is rated): the submit button warns with them. */
    public String getUnrated() {
        if (sheet == null) {
            return "";
        }
        List<Item> items = sheet.questionnaire().items();
        StringBuilder numbers = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            if (!sheet.ratings().containsKey(items.get(i).id())) {
                numbers.append(numbers.length() == 0 ? "" : ", ").append(i + 1);
            }
        }
        return numbers.toString();
    }

    public Map<String, Integer> getRatings() {
        return sheet.ratings();
    }

    public Long getCandidate() {
        return candidate;
    }

    public void setCandidate(Long candidate) {
        this.candidate = candidate;
    }

    public Integer getQ() {
        return q;
    }

    public void setQ(Integer q) {
        this.q = q;
    }

    public InterviewSheet getSheet() {
        return sheet;
    }

    public CandidateProfile getProfile() {
        return profile;
    }

    public Item getItem() {
        return item;
    }

    public List<Point> getPoints() {
        return points;
    }

    public Integer getRating() {
        return rating;
    }

    public void setRating(Integer rating) {
        this.rating = rating;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getRefusal() {
        return refusal;
    }
}
