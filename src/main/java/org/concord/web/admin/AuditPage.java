package org.concord.web.admin;

import jakarta.faces.context.FacesContext;
import org.concord.web.shared.Dates;
import org.concord.web.shared.ServiceLazyModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.concord.security.AuditEntry;
import org.concord.security.AuditQuery;
import org.concord.security.AuditTrail;

/**
 * Backs the audit trail page: who did what, when, newest first, filtered by actor, action and
 * a range of days, and paged in the database by the one table model, {@link ServiceLazyModel}. Read-only, like the trail.
 */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditTrail trail;

    private ServiceLazyModel<AuditEntry> log;
    private AuditQuery query = AuditQuery.EVERYTHING;
    private List<String> actions;
    private String actor;
    private String action;
    private LocalDate from;
    private LocalDate to;

    @PostConstruct
    void load() {
        log = new ServiceLazyModel<>(request -> trail.page(query, request), entry -> String.valueOf(entry.getId()));
        actions = trail.actions();
    }

    public void search() {
        query = new AuditQuery(actor, action, from, to);
    }

    public void clear() {
        actor = action = null;
        from = to = null;
        search();
    }

    /** When an entry happened, as shown in the table (the trail keeps UTC). */
    public String when(AuditEntry entry) {
        return Dates.format(entry.getOccurredAt(), FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /** What the entry's action was, in the reader's language. */
    public String action(String code) {
        return AuditTexts.action(code);
    }

    /** The entry's detail, in the reader's language when it is in fixed words. */
    public String detail(AuditEntry entry) {
        return AuditTexts.detail(entry.getDetail());
    }

    public ServiceLazyModel<AuditEntry> getLog() {
        return log;
    }

    public List<String> getActions() {
        return actions;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
