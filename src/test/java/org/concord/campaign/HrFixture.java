package org.concord.campaign;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.concord.database.Container;
import org.concord.questionnaire.Catalog;
import org.concord.questionnaire.QuestionnaireLoader;
import org.concord.security.AccountService;
import org.concord.security.Role;

/** What the HR service tests share: a fixed clock, the shipped questionnaires, and a campaign to start from. */
public final class HrFixture {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T09:30:00Z"), ZoneOffset.UTC);
    public static final Catalog CATALOG = QuestionnaireLoader.loadFolder(Path.of("questionnaires"));
    public static final String BASE = "https://concord.example.org/";

    private HrFixture() {
    }

    /** The manager account {@code username} (holding the manager role), created when it does not exist yet. */
    public static String manager(Container container, String username) {
        AccountService accounts = container.get(AccountService.class);
        if (accounts.find(username).isEmpty()) {
            accounts.create("admin", username, "Manager " + username, Set.of(Role.MANAGER));
        }
        return username;
    }

    /** A team managed by the manager account "manon", with the given members ("Name <email>" or just a name). */
    public static long team(Container container, String name, String... members) {
        TeamService teams = container.get(TeamService.class);
        long team = teams.create(name, "Operations", manager(container, "manon"), null).getId();
        for (String member : members) {
            int at = member.indexOf(" <");
            teams.addMember(team, at < 0 ? member : member.substring(0, at),
                    at < 0 ? null : member.substring(at + 2, member.length() - 1));
        }
        return team;
    }

    public static CampaignForm form(LinkMode mode, List<Long> teams) {
        CampaignForm form = new CampaignForm();
        form.setName("Autumn review");
        form.setWaveLabel("before team building");
        form.setOpensOn(LocalDate.of(2026, 11, 20));
        form.setClosesOn(LocalDate.of(2026, 12, 10));
        form.setMinGroupSize(3);
        form.setLinkMode(mode);
        form.setTeamIds(teams);
        form.setInstruments(List.of("coordination-maturity.v1", "team-cooperation-climate.v1"));
        return form;
    }

    public static long campaign(Container container, LinkMode mode, List<Long> teams) {
        return container.get(CampaignService.class).create(form(mode, teams), "hr.user").getId();
    }

    /** HR closes the campaign's wave now: its results are released. */
    public static void close(Container container, long campaign) {
        container.get(CampaignService.class).close(campaign, "hr.user");
    }
}
