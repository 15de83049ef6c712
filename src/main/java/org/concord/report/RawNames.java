package org.concord.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.concord.disclosure.RawGroup;

/**
 * The campaign, wave and team names of one raw export, read once before its rows (which then
 * carry ids only): the campaigns and teams of the groups the disclosure gate looked at.
 */
final class RawNames {

    private final Map<Long, String> campaigns = new HashMap<>();
    private final Map<Long, String> waves = new HashMap<>();
    private final Map<Long, String> teams = new HashMap<>();

    private RawNames() {
    }

    /** Reads the names on {@code connection}, in the transaction that then reads the rows. */
    static RawNames read(Connection connection, RawSelection selection) throws SQLException {
        Set<Long> campaignIds = new HashSet<>();
        Set<Long> teamIds = new HashSet<>();
        for (RawGroup group : selection.groups()) {
            campaignIds.add(group.wave());
            if (group.team() != null) {
                teamIds.add(group.team());
            }
        }
        RawNames names = new RawNames();
        try (PreparedStatement query = connection.prepareStatement("SELECT id, name, wave_label FROM campaign");
             ResultSet result = query.executeQuery()) {
            while (result.next()) {
                long id = result.getLong(1);
                if (campaignIds.contains(id)) {
                    names.campaigns.put(id, result.getString(2));
                    names.waves.put(id, result.getString(3));
                }
            }
        }
        if (!teamIds.isEmpty()) {
            try (PreparedStatement query = connection.prepareStatement("SELECT id, name FROM team");
                 ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    long id = result.getLong(1);
                    if (teamIds.contains(id)) {
                        names.teams.put(id, result.getString(2));
                    }
                }
            }
        }
        return names;
    }

    String campaign(long campaignId) {
        return campaigns.get(campaignId);
    }

    String wave(long campaignId) {
        return waves.get(campaignId);
    }

    /** The team's name; null for no team. */
    String team(Long teamId) {
        return teamId == null ? null : teams.get(teamId);
    }
}
