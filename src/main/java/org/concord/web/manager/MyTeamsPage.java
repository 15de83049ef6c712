package org.concord.web.manager;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.concord.results.TeamResultsIndex;
import org.concord.security.CurrentUser;

/**
 * Backs the managers' entry page: the campaign waves of the teams they manage, each leading to
 * the team's results. HR, who see every team, get every line.
 */
@Named
@RequestScoped
public class MyTeamsPage {

    @Inject
    private TeamResultsIndex index;

    @Inject
    private CurrentUser user;

    private List<TeamResultsIndex.Line> lines;

    @PostConstruct
    void load() {
        lines = !user.isSignedIn() ? List.of() : index.linesFor(user.hasRole("HR") ? null : user.getUsername());
    }

    public List<TeamResultsIndex.Line> getLines() {
        return lines;
    }
}
