package org.concord.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.concord.assessment.StoredScore;

/**
 * One assessment row as the server stored it, read back with SQL for the browser tests to
 * assert on: its questionnaire and version, progress, invitation (null once anonymised), consent time,
 * answers and scale scores.
 */
record StoredAssessment(long id, String questionnaireId, int questionnaireVersion, String progress, Long invitationId, boolean consentTimeKept,
                        boolean submittedAtKept, Map<String, Integer> answers, Map<String, StoredScore> scores) {

    static List<StoredAssessment> ofCampaign(ConcordServer server, long campaignId) throws SQLException {
        return read(server, "SELECT id FROM assessment WHERE campaign_id = ? ORDER BY id", campaignId);
    }

    static StoredAssessment ofSelfReport(ConcordServer server, String accessHash) throws SQLException {
        return read(server, "SELECT id FROM assessment WHERE access_hash = ?", accessHash).get(0);
    }

    private static List<StoredAssessment> read(ConcordServer server, String ids, Object parameter) throws SQLException {
        List<StoredAssessment> found = new ArrayList<>();
        try (Connection db = server.database(); PreparedStatement query = db.prepareStatement(ids)) {
            query.setObject(1, parameter);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    found.add(read(db, rs.getLong(1)));
                }
            }
        }
        return found;
    }

    private static StoredAssessment read(Connection db, long id) throws SQLException {
        Map<String, Integer> answers = new HashMap<>();
        try (ResultSet rs = query(db, "SELECT item_id, answer_value FROM answer WHERE assessment_id = ?", id)) {
            while (rs.next()) {
                answers.put(rs.getString(1), rs.getInt(2));
            }
        }
        Map<String, StoredScore> scores = new HashMap<>();
        try (ResultSet rs = query(db, "SELECT scale_id, score, answered, items FROM scale_score WHERE assessment_id = ?", id)) {
            while (rs.next()) {
                double score = rs.getDouble(2);
                scores.put(rs.getString(1), new StoredScore(rs.wasNull() ? null : score, rs.getInt(3), rs.getInt(4)));
            }
        }
        try (ResultSet rs = query(db, "SELECT questionnaire_id, progress, invitation_id, consented_at, submitted_at,"
                + " questionnaire_version FROM assessment WHERE id = ?", id)) {
            rs.next();
            long invitation = rs.getLong(3);
            Long invitationId = rs.wasNull() ? null : invitation;
            return new StoredAssessment(id, rs.getString(1), rs.getInt(6), rs.getString(2), invitationId, rs.getObject(4) != null,
                    rs.getObject(5) != null, answers, scores);
        }
    }

    private static ResultSet query(Connection db, String sql, long id) throws SQLException {
        PreparedStatement statement = db.prepareStatement(sql);
        statement.setLong(1, id);
        statement.closeOnCompletion();
        return statement.executeQuery();
    }

    /** Rows of {@code sql} (a COUNT with one parameter). */
    static long count(ConcordServer server, String sql, Object parameter) throws SQLException {
        try (Connection db = server.database(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
