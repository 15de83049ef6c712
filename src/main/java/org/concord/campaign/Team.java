package org.concord.campaign;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.concord.kernel.Refusal;
import org.concord.kernel.Texts;

/**
 * A team HR assesses: its name, its department, the manager who may see its results, and
 * either its members (name and e-mail, for personal invitation links) or, for fully anonymous
 * use, only a head count. The number of people who can answer is always known, so response
 * rates can be shown.
 */
@Entity
@Table(name = "team")
@NamedQuery(name = "Team.findByName", query = "SELECT t FROM Team t WHERE t.name = :name")
@NamedQuery(name = "Team.findByManager", query = "SELECT t FROM Team t WHERE t.managerUsername = :manager ORDER BY t.name")
public class Team implements java.io.Serializable {

    @Id
    @SequenceGenerator(name = "team_seq", sequenceName = "team_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "team_seq")
    private Long id;

    @NotBlank(message = "{concord.required}")
    @Size(max = 200, message = "{concord.tooLong}")
    private String name;

    @Size(max = 200, message = "{concord.tooLong}")
    private String department;

    @Size(max = 100, message = "{concord.tooLong}")
    @Column(name = "manager_username")
    private String managerUsername;

    @Min(value = 1, message = "{concord.team.headcount}")
    private Integer headcount;

    private boolean demo;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @OneToMany(mappedBy = "team", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("name")
    private List<TeamMember> members = new ArrayList<>();

    @Version
    private long version;

    protected Team() {
        // for JPA
    }

    public Team(String name, String department, String managerUsername, Instant createdAt) {
        this.name = Texts.required(name, 200, "name");
        this.department = Texts.optional(department, 200, "department");
        this.managerUsername = Texts.optional(managerUsername, 100, "manager");
        this.createdAt = Objects.requireNonNull(createdAt).atOffset(ZoneOffset.UTC);
    }

    public TeamMember addMember(String memberName, String email) {
        TeamMember member = new TeamMember(this, memberName, email);
        members.add(member);
        return member;
    }

    /** Removes a member; their invitations stay, without a name, so counts remain right. */
    public void removeMember(long memberId) {
        members.removeIf(member -> member.getId() != null && member.getId() == memberId);
    }

    public void rename(String newName, String newDepartment) {
        this.name = Texts.required(newName, 200, "name");
        this.department = Texts.optional(newDepartment, 200, "department");
    }

    /** For fully anonymous use: no member list, only how many people the team has. */
    public void setHeadcount(Integer headcount) {
        if (headcount != null && headcount < 1) {
            throw new Refusal("hr.team.headcountTooLow").on("headcount");
        }
        this.headcount = headcount;
    }

    /** How many people can answer: the head count when given, else the members listed. */
    public int size() {
        return headcount != null ? headcount : members.size();
    }

    public void markDemo() {
        this.demo = true;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDepartment() {
        return department;
    }

    public String getManagerUsername() {
        return managerUsername;
    }

    public void setManagerUsername(String managerUsername) {
        this.managerUsername = Texts.optional(managerUsername, 100, "manager");
    }

    public Integer getHeadcount() {
        return headcount;
    }

    public boolean isDemo() {
        return demo;
    }

    public List<TeamMember> getMembers() {
        return Collections.unmodifiableList(members);
    }
}
