package org.concord.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.concord.campaign.Campaign;

/** What reports can be about: the campaigns, for the Reports page's choices. */
@ApplicationScoped
@Transactional
public class ReportSubjects {

    @PersistenceContext(unitName = "concord")
    private EntityManager entityManager;

    /** Every campaign, newest first. */
    public List<Campaign> campaigns() {
        return entityManager.createNamedQuery("Campaign.findAll", Campaign.class).getResultList();
    }

    public Optional<Campaign> campaign(long id) {
        return Optional.ofNullable(entityManager.find(Campaign.class, id));
    }
}
