package org.concord.campaign;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.concord.kernel.Texts;

/** A member of a team who receives a personal invitation link: a name and an e-mail address. */
@Entity
@Table(name = "team_member")
public class TeamMember implements java.io.Serializable {

    @Id
    @SequenceGenerator(name = "team_member_seq", sequenceName = "team_member_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "team_member_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id")
    private Team team;

    @Size(max = 200, message = "{concord.tooLong}")
    private String name;

    @Email(message = "{concord.email}")
    @Size(max = 254, message = "{concord.tooLong}")
    private String email;

    protected TeamMember() {
        // for JPA
    }

    TeamMember(Team team, String name, String email) {
        this.team = team;
        this.name = Texts.required(name, 200, "member-name");
        this.email = Texts.email(email, "member-email");
    }

    public Long getId() {
        return id;
    }

    public Team getTeam() {
        return team;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }
}
