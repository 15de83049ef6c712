package org.concord.web.hr;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import org.concord.campaign.Delivery;
import org.concord.campaign.InvitationMailer;
import org.concord.campaign.InvitationService;
import org.concord.campaign.IssuedLink;
import org.concord.campaign.IssuedLinks;
import org.concord.campaign.LinksCsv;
import org.concord.campaign.MailJobs;
import org.concord.campaign.MailResult;
import org.concord.campaign.LinkMode;
import org.concord.campaign.TeamCompletion;
import org.concord.campaign.UnfinishedRow;
import org.concord.database.Submissions;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;
import org.concord.web.shared.BaseUrl;
import org.concord.web.shared.FormKey;
import org.concord.web.shared.LanguageSelection;
import org.concord.web.shared.Messages;
import org.concord.web.shared.ServiceLazyModel;

/**
 * Backs the links part of {@code /hr/campaign.xhtml}: generating the invitation links (shown
 * in this view only, since Concord keeps no token; they can be copied and downloaded as CSV
 * while the page is open, and generating again renews the unused ones), e-mailing them or a
 * reminder in the chosen language (on the managed executor, with a progress bar and the result
 * per address; a member's link changes only when the message with the new one is accepted),
 * the completion per team and, for personal links, the lazy list of those who have not finished.
 */
@Named
@ViewScoped
public class CampaignLinks implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private InvitationService invitations;

    @Inject
    private InvitationMailer mailer;

    @Inject
    private LanguageSelection language;

    @Inject
    private MailJobs mailJobs;

    @Inject
    private Submissions submissions;

    private Long id;
    private IssuedLinks issued;
    private List<TeamCompletion> completion = List.of();
    private LazyDataModel<UnfinishedRow> unfinished;
    private String mailLanguage;
    private String mailJob;
    private List<Delivery> deliveries = List.of();

    @PostConstruct
    void init() {
        id = CampaignParam.id(FacesContext.getCurrentInstance());
        mailLanguage = language.getCode();
        if (id != null) {
            long campaignId = id;
            InvitationService service = invitations;
            unfinished = new ServiceLazyModel<>(request -> service.unfinished(campaignId, request),
                    row -> String.valueOf(row.invitationId()));
            refresh();
        }
    }

    /**
     * Creates the missing links and renews the unused ones; they are shown until the page is
     * left. A repeat of the same click ({@link FormKey}) changes nothing and shows the first's links.
     */
    public void generate() {
        IssuedLinks[] made = new IssuedLinks[1];
        Submissions.Outcome outcome = submissions.once(FormKey.of("links.generate"), "links.generate", () -> {
            made[0] = invitations.issue(id, BaseUrl.current());
            return String.valueOf(made[0].links().size());
        });
        if (outcome.repeat()) {
            Messages.info("hr.links.alreadyGenerated");
            return;
        }
        issued = made[0];
        Messages.info("hr.links.generated", issued.links().size(), issued.renewed(), issued.kept());
        if (!issued.teamsWithoutMembers().isEmpty()) {
            Messages.warn(issued.mode() == LinkMode.SHARED ? "hr.links.teamsWithoutSize" : "hr.links.teamsWithoutMembers",
                    String.join(", ", issued.teamsWithoutMembers()));
        }
        refresh(); // "how far each team has come" and "who has not finished" count the new links at once
    }

    /** E-mails each member their personal link (those just generated, or new ones), on the managed executor. */
    public void send() {
        startMailing("mail.invite", () -> mailJobs.invite(id, BaseUrl.current(), issued, mailLocale()));
    }

    /** E-mails a reminder with a new link to every member who has not finished, on the managed executor. */
    public void remind() {
        startMailing("mail.remind", () -> mailJobs.remind(id, BaseUrl.current(), mailLocale()));
        issued = null;
    }

    private void startMailing(String action, java.util.function.Supplier<MailJobs.Job> start) {
        if (!mailer.configured()) {
            Messages.error("hr.mail.notConfigured");
            return;
        }
        if (submissions.once(FormKey.of(action), action, () -> "started").repeat()) {
            Messages.info("hr.mail.alreadyStarted");
            return;
        }
        mailJob = start.get().id();
        deliveries = List.of();
        Messages.info("hr.mail.started");
    }

    /** Called when the mailing's progress bar reaches 100%: says how it went, per address. */
    public void mailFinished() {
        mailJobs.find(mailJob).filter(MailJobs.Job::finished).ifPresent(job -> {
            job.refusal().ifPresent(Messages::refused);
            job.result().ifPresent(result -> {
                report(result);
                deliveries = result.deliveries();
            });
        });
        refresh();
    }

    /** The running mailing's progress, 0..100 (0 before any). */
    public int getMailProgress() {
        return mailJobs.find(mailJob).map(MailJobs.Job::percent).orElse(0);
    }

    /** The last mailing's result per address. */
    public List<Delivery> getDeliveries() {
        return deliveries;
    }

    private java.util.Locale mailLocale() {
        return java.util.Locale.forLanguageTag(mailLanguage);
    }

    public void refresh() {
        completion = invitations.completion(id);
    }

    private static void report(MailResult result) {
        Messages.info("hr.mail.sent", result.sent(), result.withoutEmail());
        if (!result.failed().isEmpty()) {
            Messages.warn("hr.mail.refused", String.join(", ", result.failed()));
        }
    }

    /** The links just generated as CSV: team, member name, e-mail, link URL. */
    public StreamedContent getCsv() {
        byte[] csv = LinksCsv.write(issued == null ? List.of() : issued.links(), List.of(Messages.text("hr.csv.team"),
                Messages.text("hr.csv.member"), Messages.text("hr.csv.emailColumn"), Messages.text("hr.csv.link")));
        return DefaultStreamedContent.builder().name("concord-links-" + id + ".csv").contentType("text/csv; charset=UTF-8")
                .contentLength((long) csv.length).stream(() -> new ByteArrayInputStream(csv)).build();
    }

    /** The links just generated, one a line, for copying. */
    public String getLinksText() {
        StringBuilder text = new StringBuilder();
        if (issued != null) {
            for (IssuedLink link : issued.links()) {
                text.append(link.team()).append('\t').append(link.member() == null ? "" : link.member()).append('\t')
                        .append(link.url()).append('\n');
            }
        }
        return text.toString();
    }

    public IssuedLinks getIssued() {
        return issued;
    }

    public List<TeamCompletion> getCompletion() {
        return completion;
    }

    public LazyDataModel<UnfinishedRow> getUnfinished() {
        return unfinished;
    }

    public boolean isMailConfigured() {
        return mailer.configured();
    }

    public String getMailLanguage() {
        return mailLanguage;
    }

    public void setMailLanguage(String mailLanguage) {
        this.mailLanguage = LanguageSelection.SUPPORTED.contains(mailLanguage) ? mailLanguage : "en";
    }
}
