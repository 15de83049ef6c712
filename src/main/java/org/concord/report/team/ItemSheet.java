package org.concord.report.team;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.concord.questionnaire.Item;
import org.concord.questionnaire.Scale;
import org.concord.report.ReportTexts;
import org.concord.report.workbook.Cells;
import org.concord.report.workbook.Table;
import org.concord.results.WaveData;
import org.concord.scoring.Estimate;
import org.concord.scoring.ItemQuality;
import org.concord.scoring.Respondent;
import org.concord.scoring.ScaleQuality;
import org.concord.scoring.ScoringPlan;
import org.concord.scoring.TeamResult;

/**
 * The Item statistics sheet: per questionnaire, scale and item, the keyed item mean and SD,
 * the corrected item-total r and alpha if the item is deleted, with the scale's alpha and its
 * number of complete cases on each line, all over the whole wave. Correlations reveal no team,
 * but item means over the wave are a wave-wide mean in disguise: together with the shown teams
 * they would give away the teams left out. So means, SDs and the count are withheld unless the
 * complete cases outside the teams shown in this report are none, or at least the anonymity
 * threshold (the engine's rule against differencing).
 */
final class ItemSheet {

    private final TeamReportData data;
    private final ReportTexts texts;
    private final Cells cells;

    ItemSheet(TeamReportData data, ReportTexts texts, Cells cells) {
        this.data = data;
        this.texts = texts;
        this.cells = cells;
    }

    void write(Table table) {
        table.title(texts.get("report.team.items.sheet"));
        table.note(texts.get("report.team.items.note"));
        table.skip();
        table.header(List.of(texts.get("report.team.questionnaire"), texts.get("report.team.scale"),
                texts.get("report.team.items.item"), texts.get("report.team.items.text"), texts.get("report.team.items.mean"),
                texts.get("report.team.items.sd"), texts.get("report.team.items.itemTotal"),
                texts.get("report.team.items.alphaIfDeleted"), texts.get("report.team.items.alpha"),
                texts.get("report.team.items.cases")));
        String language = texts.language();
        for (WaveData q : data.results().questionnaires()) {
            ScoringPlan plan = ScoringPlan.of(q.questionnaire());
            for (int s = 0; s < plan.scaleCount(); s++) {
                Scale scale = plan.scale(s);
                ScaleQuality quality = q.results().scales().get(s).quality();
                boolean countsShown = mayShowCounts(q, plan, s, quality.completeCases());
                for (ItemQuality item : quality.items()) {
                    table.row();
                    table.text(0, q.questionnaire().title().in(language));
                    table.text(1, scale.name().in(language));
                    table.text(2, item.item());
                    table.wrapped(3, q.questionnaire().item(item.item()).map(Item::text).map(t -> t.in(language)).orElse(""), 60);
                    if (countsShown) {
                        table.number(4, item.mean(), cells.mean);
                        table.number(5, item.sd(), cells.mean);
                    } else {
                        table.text(4, texts.get("report.team.items.withheld"));
                    }
                    estimate(table, 6, item.itemTotal());
                    estimate(table, 7, item.alphaIfDeleted());
                    estimate(table, 8, quality.alpha());
                    if (countsShown) {
                        table.number(9, quality.completeCases(), cells.count);
                    }
                }
            }
        }
        table.finish();
    }

    /** Whether the complete cases outside this report's shown teams are none or at least the threshold. */
    private boolean mayShowCounts(WaveData q, ScoringPlan plan, int s, int completeCases) {
        Set<String> shown = new HashSet<>();
        for (String team : data.teams()) {
            TeamReportData.shown(q, team).map(TeamResult::team).ifPresent(shown::add);
        }
        int inShownTeams = 0;
        for (Respondent respondent : q.results().respondents()) {
            if (respondent.inTeam() && shown.contains(respondent.team()) && plan.answered(respondent.answers(), s) == plan.itemsOf(s).length) {
                inShownTeams++;
            }
        }
        int residual = completeCases - inShownTeams;
        return residual == 0 || residual >= data.minGroupSize();
    }

    private void estimate(Table table, int column, Estimate estimate) {
        if (estimate.available()) {
            table.number(column, estimate.value(), cells.coefficient);
        } else {
            table.text(column, texts.format("report.team.items.notAvailable", texts.reason(estimate)));
        }
    }
}
