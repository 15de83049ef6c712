package org.concord.report.team;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.concord.questionnaire.Scale;
import org.concord.report.ReportTexts;
import org.concord.report.workbook.Cells;
import org.concord.report.workbook.Table;
import org.concord.results.WaveData;
import org.concord.scoring.Suppression;
import org.concord.scoring.TeamResult;
import org.concord.scoring.TeamScale;

/**
 * The Summary sheet: one row per team the reader may see, with the head count invited and,
 * per questionnaire, the respondents, response rate and per scale the mean, SD, band, rwg(j)
 * and a low-agreement flag. A team withheld on a questionnaire shows only the anonymity
 * notice there (no n, no rate: n = rate x invited); a team withheld on every questionnaire
 * shows nothing but its name and that notice.
 */
final class SummarySheet {

    private final TeamReportData data;
    private final ReportTexts texts;
    private final Cells cells;

    SummarySheet(TeamReportData data, ReportTexts texts, Cells cells) {
        this.data = data;
        this.texts = texts;
        this.cells = cells;
    }

    void write(Table table) {
        String language = texts.language();
        table.title(texts.format("report.team.title", data.results().name(), data.results().waveLabel()));
        table.row();
        table.text(0, texts.get("report.team.generatedOn"));
        table.date(1, data.generatedAt());
        table.note(texts.format("report.team.anonymity", data.minGroupSize()));
        int flaggedLeftOut = data.results().questionnaires().stream().filter(WaveData::flaggedLeftOut)
                .mapToInt(WaveData::flagged).sum();
        if (flaggedLeftOut > 0) {
            table.note(texts.format("hr.results.teamFlaggedLeftOut", flaggedLeftOut));
        }
        table.skip();
        List<String> header = new ArrayList<>(List.of(texts.get("report.team.team"), texts.get("report.team.summary.invited")));
        for (WaveData q : data.results().questionnaires()) {
            String title = q.questionnaire().title().in(language);
            header.add(texts.format("report.team.summary.n", title));
            header.add(texts.format("report.team.summary.rate", title));
            for (Scale scale : q.questionnaire().scales()) {
                String name = scale.name().in(language);
                for (String key : List.of("mean", "sd", "band", "rwg", "low")) {
                    header.add(texts.format("report.team.summary." + key, name));
                }
            }
        }
        table.header(header);
        for (String team : data.teams()) {
            teamRow(table, team);
        }
        table.finish();
    }

    private void teamRow(Table table, String team) {
        table.row();
        table.text(0, data.name(team));
        boolean shownSomewhere = data.results().questionnaires().stream()
                .anyMatch(q -> TeamReportData.shown(q, team).isPresent());
        Integer invited = data.results().questionnaires().stream().map(q -> q.invited().get(team))
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        if (shownSomewhere && invited != null && invited > 0) {
            table.number(1, invited, cells.count);
        }
        int column = 2;
        for (WaveData q : data.results().questionnaires()) {
            Optional<TeamResult> result = TeamReportData.shown(q, team);
            if (result.isEmpty()) {
                table.text(column, withheld(texts, data, q, team));
            } else {
                TeamResult shown = result.get();
                table.number(column, shown.n(), cells.count);
                if (invited != null && invited > 0) {
                    table.number(column + 1, (double) shown.n() / invited, cells.rate);
                }
                int at = column + 2;
                for (int s = 0; s < q.questionnaire().scales().size(); s++) {
                    scaleCells(table, at + 5 * s, q.questionnaire().scales().get(s), shown.scales().get(s));
                }
            }
            column += 2 + 5 * q.questionnaire().scales().size();
        }
    }

    private void scaleCells(Table table, int column, Scale scale, TeamScale result) {
        if (!result.shown()) {
            table.text(column, notice(texts, data, result.suppressed()));
            return;
        }
        table.number(column, result.mean(), cells.mean);
        table.number(column + 1, result.sd(), cells.mean);
        table.text(column + 2, scale.bandOf(result.mean()).label().in(texts.language()));
        if (result.rwgj().available()) {
            table.number(column + 3, result.rwgj().value(), cells.coefficient);
            table.text(column + 4, result.lowAgreement() ? texts.get("report.team.lowAgreement") : "");
        } else {
            table.text(column + 3, texts.format("report.team.items.notAvailable", texts.reason(result.rwgj())));
        }
    }

    /** The notice in place of a team's numbers on one questionnaire (a team that did not answer at all counts as too few). */
    static String withheld(ReportTexts texts, TeamReportData data, WaveData q, String team) {
        Suppression why = org.concord.results.CampaignResults.team(q, team).map(TeamResult::suppressed)
                .orElse(Suppression.TOO_FEW_RESPONDENTS);
        return notice(texts, data, why);
    }

    static String notice(ReportTexts texts, TeamReportData data, Suppression why) {
        return texts.format("report.team.suppressed", data.minGroupSize());
    }
}
