package org.concord.report.team;

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
 * The Summary sheet, a long table that reads on paper (eleven columns however many
 * questionnaires and scales): per team the reader may see, one row per questionnaire and scale
 * with the head count invited, the respondents, response rate, and the scale's mean, SD, band,
 * rwg(j) and a low-agreement flag. A team withheld on a questionnaire shows only the anonymity
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
        table.header(List.of(texts.get("report.team.team"), texts.get("report.team.summary.invited"),
                texts.get("report.team.questionnaire"), texts.get("report.team.summary.n"), texts.get("report.team.summary.rate"),
                texts.get("report.team.scale"), texts.get("report.team.summary.mean"), texts.get("report.team.summary.sd"),
                texts.get("report.team.summary.band"), texts.get("report.team.summary.rwg"), texts.get("report.team.summary.low")));
        for (String team : data.teams()) {
            teamRows(table, team);
        }
        table.finish();
    }

    /** The rows of one team: one per questionnaire and scale, or one with the notice where it is withheld. */
    private void teamRows(Table table, String team) {
        String language = texts.language();
        boolean shownSomewhere = data.results().questionnaires().stream()
                .anyMatch(q -> TeamReportData.shown(q, team).isPresent());
        if (!shownSomewhere) {
            table.row();
            table.text(0, data.name(team));
            table.text(2, withheld(texts, data, data.results().questionnaires().get(0), team));
            return;
        }
        Integer invited = data.results().questionnaires().stream().map(q -> q.invited().get(team))
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        for (WaveData q : data.results().questionnaires()) {
            String title = q.questionnaire().title().in(language);
            Optional<TeamResult> result = TeamReportData.shown(q, team);
            if (result.isEmpty()) {
                start(table, team, invited, title);
                table.text(3, withheld(texts, data, q, team));
                continue;
            }
            TeamResult shown = result.get();
            for (int s = 0; s < q.questionnaire().scales().size(); s++) {
                start(table, team, invited, title);
                table.number(3, shown.n(), cells.count);
                if (invited != null && invited > 0) {
                    table.number(4, (double) shown.n() / invited, cells.rate);
                }
                Scale scale = q.questionnaire().scales().get(s);
                table.text(5, scale.name().in(language));
                scaleCells(table, 6, scale, shown.scales().get(s));
            }
        }
    }

    private void start(Table table, String team, Integer invited, String questionnaire) {
        table.row();
        table.text(0, data.name(team));
        if (invited != null && invited > 0) {
            table.number(1, invited, cells.count);
        }
        table.text(2, questionnaire);
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
