package org.concord.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.concord.campaign.Invitation;
import org.concord.campaign.PaperTally;
import org.concord.kernel.Refusal;
import org.concord.campaign.Team;
import org.concord.questionnaire.QuestionnairePages;
import org.concord.kernel.Progress;
import org.concord.kernel.AccessToken;
import org.concord.catalog.QuestionnaireSource;

/**
 * What respondents do through their link, with no account: open it, consent, save a page, and
 * submit. A link's token is a personal invitation's, a team's shared link's (whose visitors are
 * told apart by the private token their browser keeps), or a candidate's self-report's. Every
 * call resolves the link again and checks that the campaign is open today, and every change
 * locks the link's row first, so a double click, a reload or an old page sent again changes
 * nothing twice: a save or a submission aimed at anything but the questionnaire now being
 * answered is ignored. A campaign's questionnaires are answered as one flow of pages, reviewed
 * together and submitted together. Malformed and unknown tokens cost the same two lookups.
 *
 * <p>Against padding: a questionnaire with no answer cannot be submitted (it is not a
 * response), and a team's shared link takes at most as many completed answers as the team has
 * people (its head count, else its members, paper questionnaires counted in); the shared
 * link's row is locked while that is counted, so two last visitors cannot both get in.
 */
@ApplicationScoped
@Transactional
public class ResponseService {

    /** Looked up in place of a malformed token, so that it costs what an unknown one does. */
    private static final String NEVER_ISSUED = "A".repeat(43);

    @PersistenceContext(unitName = "concord")
    private EntityManager entityManager;

    @Inject
    private AssessmentService assessments;

    @Inject
    private QuestionnaireSource questionnaires;

    @Inject
    private Clock clock;

    protected ResponseService() {
        // for CDI
    }

    /** What {@code token} shows now; {@code visitorToken} is the private link a shared link's visitor was given, if any. */
    public Respondent open(String token, String visitorToken) {
        return describe(resolve(token, visitorToken, false));
    }

    /**
     * Records that the respondent agreed and starts their first questionnaire. A shared link's
     * visitor gets a private invitation here (not on a mere visit, which link scanners make
     * too), whose token the result carries for their browser to keep.
     */
    public Respondent consent(String token, String visitorToken) {
        RespondentLink link = resolve(token, visitorToken, true);
        if (link.status(today(), steps()) != LinkStatus.WELCOME) {
            return describe(link);
        }
        if (link.selfReport() != null) {
            link.selfReport().consent(clock.instant());
            link.selfReport().beganAnswering(clock.instant());
            return describe(link);
        }
        String newVisitor = null;
        if (link.invitation() == null) {
            newVisitor = AccessToken.newToken();
            Invitation visitor = Invitation.visitOf(link.shared(), AccessToken.hash(newVisitor), clock.instant());
            entityManager.persist(visitor);
            link = link.withInvitation(visitor);
        }
        link.invitation().consent();
        steps().startNext(link.invitation());
        return describe(link).withNewVisitorToken(newVisitor);
    }

    /**
     * Saves the answers of the page being left and where the respondent goes next. In a
     * campaign the pages of all its questionnaires make one flow: going on past a
     * questionnaire's last page starts the next one (one past the last page of the last one is
     * the review of all), and going back from a questionnaire's first page returns to the last
     * page of the one before. Refuses the whole page when an answer lies outside the response
     * format.
     */
    public Respondent savePage(String token, String visitorToken, long assessmentId, Map<String, Integer> answers, int nextPage) {
        RespondentLink link = resolve(token, visitorToken, true);
        answering(link, assessmentId).ifPresent(assessment -> {
            int last = pageCount(assessment) + 1;
            Invitation invitation = assessment.getInvitation();
            Optional<Assessment> before = nextPage < 1 && invitation != null ? before(invitation, assessment) : Optional.empty();
            assessments.savePage(assessmentId, answers, Math.min(Math.max(nextPage, 1), last));
            if (before.isPresent()) {
                assessments.savePage(before.get().getId(), Map.of(), pageCount(before.get()));
            } else if (nextPage >= last && invitation != null) {
                steps().startNext(invitation);
            }
        });
        return describe(link);
    }

    /**
     * Submits, once, everything the link has answered: a self-report, or all of a campaign's
     * questionnaires not yet submitted, in one transaction (all of them or, when one is refused,
     * none). Only from the review: a submission sent from anywhere else is ignored. A
     * questionnaire with no answer refuses the whole submission. When this completes the link,
     * the result carries today as the day the answers went in (a campaign keeps no such day in
     * the database).
     */
    public Respondent submit(String token, String visitorToken, long assessmentId) {
        RespondentLink link = resolve(token, visitorToken, true);
        Optional<Assessment> current = answering(link, assessmentId).filter(a -> a.getCurrentPage() > pageCount(a));
        if (current.isEmpty()) {
            return describe(link);
        }
        Invitation invitation = current.get().getInvitation();
        List<Assessment> sent = invitation == null ? List.of(current.get())
                : steps().open(invitation).stream().map(CampaignSteps.Step::assessment).toList();
        if (sent.stream().anyMatch(Objects::isNull)) {
            return describe(link);
        }
        for (Assessment assessment : sent) {
            if (assessment.isBlank()) {
                throw new Refusal("respond.blank");
            }
            assessments.submit(assessment.getId());
        }
        Respondent shown = describe(link);
        return shown.status() == LinkStatus.DONE && shown.date() == null ? shown.withDate(today()) : shown;
    }

    /** The campaign questionnaire not yet submitted that comes just before {@code assessment}'s, if started. */
    private Optional<Assessment> before(Invitation invitation, Assessment assessment) {
        List<CampaignSteps.Step> open = steps().open(invitation);
        for (int i = 1; i < open.size(); i++) {
            if (open.get(i).assessment() != null && open.get(i).assessment().getId().equals(assessment.getId())) {
                return Optional.ofNullable(open.get(i - 1).assessment());
            }
        }
        return Optional.empty();
    }

    private int pageCount(Assessment assessment) {
        return new QuestionnairePages(questionnaires.answered(assessment.getQuestionnaireId(), assessment.getQuestionnaireVersion())).count();
    }

    private RespondentLink resolve(String token, String visitorToken, boolean forUpdate) {
        String probe = AccessToken.wellFormed(token) ? token : NEVER_ISSUED;
        Optional<Invitation> invitation = invitation(probe, forUpdate);
        if (invitation.isPresent()) {
            Invitation found = invitation.get();
            if (!found.isShared()) {
                return RespondentLink.of(found);
            }
            Invitation visitor = AccessToken.wellFormed(visitorToken)
                    ? invitation(visitorToken, forUpdate).filter(found::hasVisitor).orElse(null) : null;
            boolean finished = visitor != null && visitor.getProgress() == Progress.SUBMITTED;
            return RespondentLink.visitorOf(found, visitor, !finished && teamComplete(found));
        }
        Optional<Assessment> selfReport = assessments.findByAccessToken(probe).filter(a -> a.getCandidate() != null);
        selfReport.filter(a -> forUpdate).ifPresent(a -> entityManager.lock(a, LockModeType.PESSIMISTIC_WRITE));
        return selfReport.map(RespondentLink::selfReport).orElse(RespondentLink.UNKNOWN);
    }

    private Optional<Invitation> invitation(String token, boolean forUpdate) {
        Optional<Invitation> found = entityManager.createNamedQuery("Invitation.findByTokenHash", Invitation.class)
                .setParameter("hash", AccessToken.hash(token))
                .getResultStream().findFirst();
        found.filter(i -> forUpdate).ifPresent(i -> entityManager.lock(i, LockModeType.PESSIMISTIC_WRITE));
        return found;
    }

    /**
     * Whether a shared link's team has as many completed answers (its visitors' and the paper
     * questionnaires HR imported) as it has people, or has no size at all.
     */
    private boolean teamComplete(Invitation shared) {
        long completed = entityManager.createQuery("SELECT COUNT(i) FROM Invitation i WHERE i.campaign = :campaign"
                        + " AND i.team = :team AND i.shared = FALSE AND i.member IS NULL AND i.progress = :submitted", Long.class)
                .setParameter("campaign", shared.getCampaign())
                .setParameter("team", shared.getTeam())
                .setParameter("submitted", Progress.SUBMITTED)
                .getSingleResult();
        long onPaper = entityManager.createNamedQuery("PaperTally.find", PaperTally.class)
                .setParameter("campaign", shared.getCampaign())
                .setParameter("team", shared.getTeam())
                .getResultStream().findFirst().map(PaperTally::getResponses).orElse(0);
        return completed + onPaper >= teamSize(shared.getTeam());
    }

    private int teamSize(Team team) {
        if (team.getHeadcount() != null) {
            return team.getHeadcount();
        }
        return entityManager.createQuery("SELECT COUNT(m) FROM TeamMember m WHERE m.team = :team", Long.class)
                .setParameter("team", team).getSingleResult().intValue();
    }

    /** The assessment {@code assessmentId} when it is the one this link is answering now. */
    private Optional<Assessment> answering(RespondentLink link, long assessmentId) {
        return Optional.ofNullable(link.answering(today(), steps()))
                .filter(a -> a.getId() == assessmentId && !a.isSubmitted());
    }

    private CampaignSteps steps() {
        return new CampaignSteps(assessments, questionnaires);
    }

    private Respondent describe(RespondentLink link) {
        return link.describe(today(), steps(), questionnaires);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
