package org.concord.campaign;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * How many paper questionnaires HR imported for one team of one campaign wave: a count and
 * nothing else (the answers are ordinary anonymous assessments, linked to no row of this), so
 * that the team's head-count cap and its completion count paper respondents beside online ones.
 */
@Entity
@Table(name = "paper_tally")
@NamedQuery(name = "PaperTally.find",
        query = "SELECT p FROM PaperTally p WHERE p.campaign = :campaign AND p.team = :team")
@NamedQuery(name = "PaperTally.ofCampaign",
        query = "SELECT p.team.id, p.responses FROM PaperTally p WHERE p.campaign = :campaign")
public class PaperTally {

    @Id
    @SequenceGenerator(name = "paper_tally_seq", sequenceName = "paper_tally_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "paper_tally_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id")
    private Team team;

    private int responses;

    protected PaperTally() {
        // for JPA
    }

    public PaperTally(Campaign campaign, Team team) {
        this.campaign = Objects.requireNonNull(campaign);
        this.team = Objects.requireNonNull(team);
    }

    /** Counts {@code more} paper questionnaires imported for the team. */
    public void add(int more) {
        if (more < 0) {
            throw new IllegalArgumentException("a tally only grows");
        }
        responses += more;
    }

    public int getResponses() {
        return responses;
    }
}
