package org.concord.web.hr;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.concord.campaign.Team;
import org.concord.campaign.TeamRow;
import org.concord.campaign.TeamService;
import org.concord.database.Submissions;
import org.concord.privacy.PrivacyService;
import org.concord.security.CurrentUser;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.file.UploadedFile;
import org.concord.web.shared.BadParameters;
import org.concord.web.shared.FormKey;
import org.concord.web.shared.Messages;
import org.concord.web.shared.ServiceLazyModel;

/**
 * Backs {@code /hr/teams.xhtml}: the lazy team list and the form for a new team; with
 * {@code ?team=} also that team's details, members (one by one, or a CSV upload that is kept
 * whole or not at all), a member's erasure on request, and head count. Every save redirects
 * back to the page.
 */
@Named
@ViewScoped
public class TeamsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Submissions submissions;

    @Inject
    private TeamService teams;

    @Inject
    private PrivacyService privacy;

    @Inject
    private CurrentUser currentUser;

    private LazyDataModel<TeamRow> list;
    private List<String> managers;
    private Long teamId;
    private Team team;

    private String name;
    private String department;
    private String manager;
    private Integer headcount;
    private String memberName;
    private String memberEmail;
    private transient UploadedFile file;

    /** The page's view action: {@code ?team=} that is no id answers 400, one of no team 404. */
    public void check() {
        FacesContext faces = FacesContext.getCurrentInstance();
        String raw = faces.getExternalContext().getRequestParameterMap().get("team");
        if (BadParameters.malformedId(raw)) {
            BadParameters.refuse(faces);
        } else if (raw != null && team == null) {
            BadParameters.notFound(faces);
        }
    }

    @PostConstruct
    void init() {
        list = new ServiceLazyModel<>(teams::page, row -> String.valueOf(row.id()));
        String param = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("team");
        if (param != null && param.matches("\\d{1,18}")) {
            teams.find(Long.parseLong(param)).ifPresent(found -> {
                team = found;
                teamId = found.getId();
                name = found.getName();
                department = found.getDepartment();
                manager = found.getManagerUsername();
                headcount = found.getHeadcount();
            });
        }
    }

    /** Creates the team, then opens it. */
    public String create() {
        Submissions.Outcome created = submissions.once(FormKey.of("team.create"), "team.create",
                () -> String.valueOf(teams.create(name, department, manager, headcount).getId()));
        Messages.info("hr.team.created", name == null ? "" : name.strip());
        return open(Long.parseLong(created.result()));
    
    }

    public String save() {
        teams.update(teamId, name, department, manager, headcount);
        Messages.info("hr.saved");
        return open(teamId);
    
    }

    public String addMember() {
        submissions.once(FormKey.of("team.member.add"), "team.member.add", () -> {
            teams.addMember(teamId, memberName, memberEmail);
            return String.valueOf(teamId);
        });
        Messages.info("hr.member.added", memberName);
        return open(teamId);
    
    }

    public String removeMember(long memberId) {
        teams.removeMember(teamId, memberId);
        Messages.info("hr.member.removed");
        return open(teamId);
    }

    /** Erases a member at their request: name and e-mail gone, their invitation kept without them, audited. */
    public String eraseMember(long memberId) {
        privacy.eraseMember(currentUser.caller().orElseThrow(), memberId);
        Messages.info("privacy.member.erased");
        return open(teamId);
    
    }

    /** Imports the uploaded CSV: every row, or none with the first bad row's number and reason. */
    public String upload() {
        if (file == null || file.getSize() == 0) {
            Messages.error("hr.csv.empty");
            return null;
        }
        Submissions.Outcome imported = submissions.once(FormKey.of("team.member.import"), "team.member.import",
                () -> String.valueOf(teams.importMembers(teamId, file.getContent())));
        Messages.info("hr.csv.imported", Integer.parseInt(imported.result()));
        return open(teamId);
    
    }

    private static String open(long id) {
        Messages.keepForRedirect();
        return "/hr/teams.xhtml?faces-redirect=true&team=" + id;
    }

    /**
     * The user names the manager field offers: the manager accounts, and the team's current
     * manager even when it is not one (so the page shows what is stored; saving it is refused).
     */
    public List<String> getManagers() {
        if (managers == null) {
            managers = new ArrayList<>(teams.managers().stream().map(a -> a.username()).toList());
            if (team != null && team.getManagerUsername() != null && !managers.contains(team.getManagerUsername())) {
                managers.add(0, team.getManagerUsername());
            }
        }
        return managers;
    }

    public LazyDataModel<TeamRow> getList() {
        return list;
    }

    public Team getTeam() {
        return team;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getManager() {
        return manager;
    }

    public void setManager(String manager) {
        this.manager = manager;
    }

    public Integer getHeadcount() {
        return headcount;
    }

    public void setHeadcount(Integer headcount) {
        this.headcount = headcount;
    }

    public String getMemberName() {
        return memberName;
    }

    public void setMemberName(String memberName) {
        this.memberName = memberName;
    }

    public String getMemberEmail() {
        return memberEmail;
    }

    public void setMemberEmail(String memberEmail) {
        this.memberEmail = memberEmail;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
