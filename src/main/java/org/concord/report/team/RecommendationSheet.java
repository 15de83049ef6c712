package org.concord.report.team;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.concord.questionnaire.Scale;
import org.concord.report.ReportTexts;
import org.concord.report.workbook.Table;
import org.concord.results.WaveData;
import org.concord.scoring.Advice;
import org.concord.scoring.Recommendation;
import org.concord.scoring.TeamResult;
import org.concord.scoring.TeamScale;
import org.concord.scoring.WeakestMechanism;

/**
 * The Recommendations sheet: for each team placed on the cooperation x coordination view, its
 * quadrant, Concord's reading of it and the actions that follow ({@link Advice}), and the
 * coordination mechanism it relies on least ({@link WeakestMechanism}). Teams that cannot be
 * placed (withheld on either questionnaire) are listed without advice.
 */
final class RecommendationSheet {

    private final TeamReportData data;
    private final ReportTexts texts;

    RecommendationSheet(TeamReportData data, ReportTexts texts) {
        this.data = data;
        this.texts = texts;
    }

    void write(Table table) {
        table.title(texts.get("report.team.recommendations.sheet"));
        Optional<WaveData> cooperation = data.results().cooperation();
        Optional<WaveData> coordination = data.results().coordination();
        if (cooperation.isEmpty() || coordination.isEmpty()) {
            table.note(texts.get("report.team.quadrant.missing"));
            table.finish();
            return;
        }
        table.skip();
        table.header(List.of(texts.get("report.team.team"), texts.get("report.team.quadrant.quadrant"),
                texts.get("report.team.recommendations.reading"), texts.get("report.team.recommendations.actions"),
                texts.get("report.team.recommendations.weakest")));
        Advice advice = new Advice(java.util.Locale.forLanguageTag(texts.language()));
        Optional<WaveData> mechanisms = MechanismSheet.mechanisms(data);
        for (String team : data.teams()) {
            table.row();
            table.text(0, data.name(team));
            Optional<QuadrantSheet.Point> point = QuadrantSheet.point(cooperation.get(), coordination.get(), team);
            if (point.isEmpty()) {
                table.text(1, texts.get("report.team.recommendations.notPlaced"));
                continue;
            }
            Optional<Scale> weakest = mechanisms.flatMap(q -> weakest(q, team));
            Recommendation recommendation = advice.recommend(point.get().quadrant(), weakest);
            table.text(1, texts.get("report.team.quadrant." + point.get().quadrant().name()));
            table.wrapped(2, recommendation.summary(), 60);
            table.wrapped(3, String.join("\n", recommendation.actions()), 60);
            table.text(4, weakest.map(s -> s.name().in(texts.language())).orElse(""));
        }
        table.finish();
    }

    private static Optional<Scale> weakest(WaveData q, String team) {
        Map<String, Double> means = new HashMap<>();
        TeamReportData.shown(q, team).map(TeamResult::scales).orElse(List.of()).stream()
                .filter(TeamScale::shown).forEach(s -> means.put(s.scale(), s.mean()));
        return WeakestMechanism.of(q.questionnaire(), means);
    }
}
