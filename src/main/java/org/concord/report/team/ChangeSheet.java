package org.concord.report.team;

import java.util.List;
import java.util.Optional;
import org.concord.questionnaire.Scale;
import org.concord.report.ReportTexts;
import org.concord.report.workbook.Cells;
import org.concord.report.workbook.Table;
import org.concord.results.CampaignResults;
import org.concord.results.ScaleChange;
import org.concord.results.WaveData;
import org.concord.scoring.Estimate;

/**
 * The Change sheet: for each team and scale shown in both waves, the team mean before and
 * after, the difference with its Welch 95% interval, Cohen's d with its 95% interval, and
 * whether the change is reliable (the difference's interval excludes 0), as
 * {@link ScaleChange} computes them. A team not shown in both
 * waves gets one line with the anonymity notice; a campaign without an earlier wave, one line
 * saying so.
 */
final class ChangeSheet {

    private final TeamReportData data;
    private final ReportTexts texts;
    private final Cells cells;

    ChangeSheet(TeamReportData data, ReportTexts texts, Cells cells) {
        this.data = data;
        this.texts = texts;
        this.cells = cells;
    }

    void write(Table table) {
        table.title(texts.get("report.team.change.sheet"));
        Optional<CampaignResults> previous = data.results().previousWave();
        if (previous.isEmpty()) {
            table.note(texts.get("report.team.change.none"));
            table.finish();
            return;
        }
        table.note(texts.format("report.team.change.versus", data.results().waveLabel(), previous.get().waveLabel()));
        table.skip();
        table.header(List.of(texts.get("report.team.team"), texts.get("report.team.questionnaire"),
                texts.get("report.team.scale"), texts.get("report.team.change.before"), texts.get("report.team.change.after"),
                texts.get("report.team.change.difference"), texts.get("report.team.change.ciLow"),
                texts.get("report.team.change.ciHigh"), texts.get("report.team.change.d"),
                texts.get("report.team.change.dLow"), texts.get("report.team.change.dHigh"),
                texts.get("report.team.change.reliable")));
        for (String team : data.teams()) {
            for (WaveData after : data.results().questionnaires()) {
                teamRows(table, team, after, previous.get().questionnaire(after.questionnaire().id()));
            }
        }
        table.finish();
    }

    private void teamRows(Table table, String team, WaveData after, Optional<WaveData> before) {
        String questionnaire = after.questionnaire().title().in(texts.language());
        if (before.isEmpty()) {
            return;
        }
        if (!before.get().questionnaire().key().equals(after.questionnaire().key())) {
            line(table, team, questionnaire, texts.get("report.team.change.otherVersion"));
            return;
        }
        List<ScaleChange> changes = ScaleChange.of(before.get(), after, team);
        if (changes.isEmpty()) {
            line(table, team, questionnaire, texts.format("report.team.change.notBoth", data.minGroupSize()));
            return;
        }
        for (ScaleChange change : changes) {
            table.row();
            table.text(0, data.name(team));
            table.text(1, questionnaire);
            table.text(2, after.questionnaire().scale(change.scale()).map(Scale::name).map(n -> n.in(texts.language()))
                    .orElse(change.scale()));
            table.number(3, change.before(), cells.mean);
            table.number(4, change.after(), cells.mean);
            table.number(5, change.difference(), cells.mean);
            estimate(table, 6, change.change().ciLow());
            estimate(table, 7, change.change().ciHigh());
            estimate(table, 8, change.change().d());
            estimate(table, 9, change.change().dLow());
            estimate(table, 10, change.change().dHigh());
            table.text(11, change.reliable() ? texts.get("report.team.change.yes") : "");
        }
    }

    private void estimate(Table table, int column, Estimate estimate) {
        if (estimate.available()) {
            table.number(column, estimate.value(), cells.mean);
        } else {
            table.text(column, texts.format("report.team.items.notAvailable", texts.reason(estimate)));
        }
    }

    private void line(Table table, String team, String questionnaire, String notice) {
        table.row();
        table.text(0, data.name(team));
        table.text(1, questionnaire);
        table.text(2, notice);
    }
}
