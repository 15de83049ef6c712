package org.concord.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.concord.database.Like;
import org.concord.kernel.Refusal;
import org.concord.kernel.Page;
import org.concord.kernel.PageRequest;
import org.concord.database.PageQuery;
import org.concord.security.AccountService;
import org.concord.security.AccountSummary;
import org.concord.security.Role;

/**
 * HR's teams: creating and renaming them, naming their manager, listing their members one by
 * one or from an uploaded CSV (all rows or none), or giving only a head count for fully
 * anonymous campaigns. The team list pages in the database. A team's manager, when it has one,
 * is an enabled account holding the manager role (the only person who can read its results
 * besides HR): any other name is refused on the {@code manager} field.
 */
@ApplicationScoped
@Transactional
public class TeamService {

    private static final Map<String, String> FIELDS = Map.of(
            "name", "x.name", "department", "x.department", "manager", "x.managerUsername");

    @PersistenceContext(unitName = "concord")
    private EntityManager entityManager;

    @Inject
    private Clock clock;

    @Inject
    private AccountService accounts;

    protected TeamService() {
        // for CDI
    }

    public Team create(String name, String department, String manager, Integer headcount) {
        requireFreeName(name, null);
        Team team = new Team(name, department, manager, clock.instant());
        requireManager(manager);
        team.setHeadcount(headcount);
        entityManager.persist(team);
        return team;
    }

    /** Renames a team, changes its department, manager or head count (null: count the members). */
    public Team update(long teamId, String name, String department, String manager, Integer headcount) {
        Team team = require(teamId);
        requireFreeName(name, teamId);
        team.rename(name, department);
        requireManager(manager);
        team.setManagerUsername(manager);
        team.setHeadcount(headcount);
        return team;
    }

    /** The team with its members. */
    public Optional<Team> find(long teamId) {
        Optional<Team> team = Optional.ofNullable(entityManager.find(Team.class, teamId));
        team.ifPresent(t -> t.getMembers().size());
        return team;
    }

    public TeamMember addMember(long teamId, String name, String email) {
        Team team = require(teamId);
        if (email != null && !email.isBlank() && emails(team).contains(email.strip().toLowerCase(Locale.ROOT))) {
            throw new Refusal("hr.member.duplicate", email.strip());
        }
        TeamMember member = team.addMember(name, email);
        entityManager.flush();
        return member;
    }

    public void removeMember(long teamId, long memberId) {
        require(teamId).removeMember(memberId);
    }

    /**
     * Adds the members of an uploaded CSV (name,email): every row, or none when one is malformed.
     *
     * @return how many members were added
     * @throws Refusal naming the first bad row and why
     */
    public int importMembers(long teamId, byte[] csv) {
        Team team = require(teamId);
        List<MemberCsv.Row> rows = MemberCsv.read(csv, emails(team));
        rows.forEach(row -> team.addMember(row.name(), row.email()));
        return rows.size();
    }

    /** One page of the team list, sorted and filtered by name, department or manager. */
    public Page<TeamRow> page(PageRequest request) {
        PageQuery query = new PageQuery("x", "Team x").filters(request, FIELDS).sort(request, FIELDS, "x.name, x.id");
        long total = query.count(entityManager);
        List<Team> teams = query.rows(entityManager, request, Team.class);
        Map<Long, Long> counts = memberCounts(teams.stream().map(Team::getId).toList());
        return new Page<>(teams.stream().map(t -> new TeamRow(t.getId(), t.getName(), t.getDepartment(),
                t.getManagerUsername(), counts.getOrDefault(t.getId(), 0L).intValue(), t.getHeadcount())).toList(), total);
    }

    /**
     * The ids and names of at most {@code max} teams whose name contains {@code text} (any case),
     * by name: what the campaign form offers as HR types, read in the database whatever the
     * number of teams.
     */
    public Map<Long, String> matching(String text, int max) {
        return entityManager.createQuery("SELECT t FROM Team t WHERE LOWER(t.name) LIKE :pattern" + Like.ESCAPE
                        + " ORDER BY t.name, t.id", Team.class)
                .setParameter("pattern", Like.containing(text))
                .setMaxResults(max)
                .getResultStream()
                .collect(Collectors.toMap(Team::getId, Team::getName, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /** The names of the teams {@code ids}, for showing the teams a campaign has. */
    public Map<Long, String> names(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("SELECT t FROM Team t WHERE t.id IN :ids", Team.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(Team::getId, Team::getName));
    }

    private Map<Long, Long> memberCounts(List<Long> teamIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (!teamIds.isEmpty()) {
            entityManager.createQuery("SELECT m.team.id, COUNT(m) FROM TeamMember m WHERE m.team.id IN :ids"
                            + " GROUP BY m.team.id", Object[].class)
                    .setParameter("ids", teamIds)
                    .getResultStream()
                    .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        }
        return counts;
    }

    private static Set<String> emails(Team team) {
        return team.getMembers().stream().map(TeamMember::getEmail).filter(e -> e != null)
                .map(e -> e.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    private void requireFreeName(String name, Long self) {
        String wanted = name == null ? "" : name.strip();
        if (wanted.length() > 200) {
            return; // longer than the column: the team itself refuses it, naming the field (H2 would fail the query)
        }
        boolean taken = entityManager.createNamedQuery("Team.findByName", Team.class)
                .setParameter("name", wanted)
                .getResultStream()
                .anyMatch(t -> !t.getId().equals(self));
        if (taken) {
            throw new Refusal("hr.team.nameTaken", wanted);
        }
    }

    /** The accounts HR may name as a team's manager: enabled, holding the manager role, by user name. */
    public List<AccountSummary> managers() {
        return accounts.holders(Role.MANAGER);
    }

    private void requireManager(String manager) {
        if (manager != null && !manager.isBlank() && !accounts.holds(manager.strip(), Role.MANAGER)) {
            throw new Refusal("hr.team.notAManager", manager.strip()).on("manager");
        }
    }

    private Team require(long teamId) {
        Team team = entityManager.find(Team.class, teamId);
        if (team == null) {
            throw new Refusal("hr.team.notFound");
        }
        return team;
    }
}
