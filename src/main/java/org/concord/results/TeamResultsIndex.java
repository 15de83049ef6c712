package org.concord.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/**
 * Where a manager finds their teams' results: every campaign wave each of their teams took
 * part in, newest first (HR sees every team). One query; the results themselves are computed
 * when a line is opened, under the anonymity rule.
 */
@ApplicationScoped
@Transactional
public class TeamResultsIndex {

    /** One team in one campaign wave. */
    public record Line(long campaignId, String campaign, String wave, LocalDate opensOn, LocalDate closesOn,
                       long teamId, String team) {
    }

    @PersistenceContext(unitName = "concord")
    private EntityManager entityManager;

    protected TeamResultsIndex() {
        // for CDI
    }

    /** The lines of the teams {@code manager} manages, or of every team when {@code manager} is null. */
    public List<Line> linesFor(String manager) {
        return entityManager.createQuery("SELECT NEW org.concord.results.TeamResultsIndex.Line(c.id, c.name, c.waveLabel,"
                        + " c.opensOn, c.closesOn, t.id, t.name) FROM Campaign c JOIN c.teams t"
                        + " WHERE :manager IS NULL OR t.managerUsername = :manager ORDER BY c.opensOn DESC, c.name, t.name",
                        Line.class)
                .setParameter("manager", manager)
                .getResultList();
    }
}
