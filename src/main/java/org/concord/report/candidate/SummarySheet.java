package org.concord.report.candidate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.concord.interview.CandidateProfile;
import org.concord.candidate.Candidate;
import org.concord.interview.RaterResult;
import org.concord.interview.ScaleAgreement;
import org.concord.interview.ScaleResult;
import org.concord.questionnaire.Questionnaire;
import org.concord.report.ReportTexts;
import org.concord.report.workbook.Cells;
import org.concord.report.workbook.Table;
import org.concord.scoring.SmallSamples;

/**
 * The Summary sheet: who the candidate is, the position, the dates and the interviewers; a
 * table of the self-report's scales (score, band, 95% interval within the response range,
 * percentile against every candidate who submitted the same version with that norm group's n
 * beside it, alpha, and the reason for any number missing, small samples among them); a
 * table of the interview scales with each submitted interviewer's score and band, their range
 * and rwg(j); the self-report's response quality (the review flag, its reasons and each index
 * with what it means); decision support; and native bar charts of both tables beside them.
 */
final class SummarySheet {

    /** How many columns the self-report table spans; paragraphs are as wide. */
    private static final int WIDTH = 9;

    /** The reasons column wraps at this width, so that the sheet still prints one page wide. */
    private static final int NOTE_CHARS = 24;

    /** A response-quality value (a number, or why it is not available) wraps at this width. */
    private static final int VALUE_CHARS = 12;

    private final CandidateReportData data;
    private final CandidateProfile profile;
    private final ReportTexts texts;
    private final Cells cells;

    SummarySheet(CandidateReportData data, ReportTexts texts, Cells cells) {
        this.data = data;
        this.profile = data.profile();
        this.texts = texts;
        this.cells = cells;
    }

    void write(Table table) {
        Candidate candidate = profile.candidate();
        table.title(texts.format("report.candidate.title", candidate.getName()));
        table.skip();
        fact(table, "recruiter.candidate.name", candidate.getName());
        fact(table, "recruiter.candidate.position", candidate.getPosition());
        fact(table, "recruiter.candidate.recruiter", candidate.getRecruiterUsername());
        List<String> raters = data.submittedInterviews().stream().map(RaterResult::rater).toList();
        fact(table, "report.candidate.interviewers", raters.isEmpty() ? texts.get("report.candidate.none") : String.join(", ", raters));
        when(table, "report.candidate.selfReportOn", data.selfReportSubmittedAt());
        when(table, "report.candidate.interviewOn", data.lastInterviewAt());
        when(table, "report.team.generatedOn", data.generatedAt());
        table.skip();
        ScaleCharts charts = new ScaleCharts(table.sheet());
        selfReport(table, charts);
        review(table);
        table.skip();
        interviews(table, charts);
        table.skip();
        table.section(texts.get("report.candidate.advice"));
        for (String line : DecisionSupport.lines(data, texts)) {
            table.paragraph(line, WIDTH);
        }
        table.finish();
        charts.draw(Math.max(WIDTH, 1 + 2 * raters.size() + 3) + 1);
    }

    private void fact(Table table, String key, String value) {
        table.row();
        table.text(0, texts.get(key));
        table.text(1, value);
    }

    private void when(Table table, String key, Instant at) {
        table.row();
        table.text(0, texts.get(key));
        if (at == null) {
            table.text(1, texts.get("report.candidate.notYet"));
        } else {
            table.date(1, at);
        }
    }

    private void selfReport(Table table, ScaleCharts charts) {
        Questionnaire questionnaire = profile.selfReport();
        table.section(texts.format("report.candidate.selfReport", questionnaire.title().in(texts.language())));
        if (!profile.selfReportSubmitted()) {
            table.note(texts.get(profile.selfReportProgress() == null ? "recruiter.selfReport.none" : "recruiter.selfReport.inProgress"));
            return;
        }
        int sample = profile.selfReportScales().stream().mapToInt(ScaleResult::sampleSize).max().orElse(0);
        table.note(texts.format("report.candidate.normGroup", questionnaire.title().in(texts.language()),
                questionnaire.version(), sample));
        table.heading(List.of(texts.get("recruiter.result.scale"), texts.get("recruiter.result.score"),
                texts.get("recruiter.result.band"), texts.get("report.candidate.intervalLow"),
                texts.get("report.candidate.intervalHigh"), texts.get("recruiter.result.percentile"),
                texts.get("report.candidate.normN"), texts.get("report.candidate.alpha"),
                texts.get("report.candidate.notAvailable")));
        int first = -1;
        int last = -1;
        for (ScaleResult result : profile.selfReportScales()) {
            last = table.row();
            first = first < 0 ? last : first;
            selfReportRow(table, result);
        }
        charts.add(texts.get("report.candidate.chart.selfReport"), first, last,
                List.of(new ScaleCharts.Series(texts.get("recruiter.chart.score"), 1)), questionnaire.responseFormat());
        table.note(texts.format("recruiter.result.method", profile.normsMinimum(), SmallSamples.COMPLETE_CASES));
    }

    /** The self-report's response quality: the flag, its reasons, and every index with its value and, below, what it means. */
    private void review(Table table) {
        if (profile.selfReportReview() == null) {
            return;
        }
        ReviewTexts review = new ReviewTexts(profile.selfReportReview(), texts);
        table.skip();
        table.section(review.title());
        table.paragraph(review.verdict(), WIDTH);
        for (String reason : review.reasons()) {
            table.paragraph("- " + reason, WIDTH);
        }
        table.paragraph(review.decide(), WIDTH);
        table.heading(review.headings().subList(0, 2));
        for (ReviewTexts.Line line : review.lines()) {
            table.row();
            table.wrapped(0, line.index(), NOTE_CHARS);
            table.wrapped(1, line.value(), VALUE_CHARS);
            table.paragraph(line.meaning(), WIDTH);
        }
    }

    private void selfReportRow(Table table, ScaleResult result) {
        table.text(0, result.scale().name().in(texts.language()));
        List<String> missing = new ArrayList<>();
        if (!result.scored()) {
            missing.add(CandidateReportWorkbook.reason(texts, result.missing()));
        } else {
            table.number(1, result.score(), cells.mean);
            table.text(2, result.band().label().in(texts.language()));
            if (result.hasInterval()) {
                table.number(3, result.interval().low(), cells.mean);
                table.number(4, result.interval().high(), cells.mean);
            } else {
                missing.add(texts.get("recruiter.result.interval") + ": " + CandidateReportWorkbook.reason(texts, result.noInterval()));
            }
            if (result.hasPercentile()) {
                table.number(5, result.percentile().value(), cells.count);
            } else {
                missing.add(texts.get("recruiter.result.percentile") + ": " + CandidateReportWorkbook.reason(texts, result.noPercentile()));
            }
        }
        table.number(6, result.sampleSize(), cells.count);
        if (result.alpha().available()) {
            table.number(7, result.alpha().value(), cells.coefficient);
            if (result.negativeAlpha()) {
                missing.add(texts.format("report.candidate.negativeAlpha", result.alpha().value()));
            }
        } else {
            missing.add(texts.get("report.candidate.alpha") + ": " + CandidateReportWorkbook.reason(texts, result.noAlpha()));
        }
        if (!missing.isEmpty()) {
            table.wrapped(8, String.join("; ", missing), NOTE_CHARS);
        }
    }

    private void interviews(Table table, ScaleCharts charts) {
        Questionnaire questionnaire = profile.interview();
        table.section(texts.format("report.candidate.interviews", questionnaire.title().in(texts.language())));
        List<RaterResult> raters = data.submittedInterviews();
        if (profile.hiddenRaters() > 0) {
            table.note(texts.format(profile.othersVisible() ? "recruiter.interviews.inProgress" : "recruiter.interviews.hidden",
                    profile.hiddenRaters()));
        }
        if (raters.isEmpty()) {
            table.note(texts.get("report.candidate.noInterview"));
            return;
        }
        List<String> heading = new ArrayList<>(List.of(texts.get("recruiter.result.scale")));
        for (RaterResult rater : raters) {
            heading.add(texts.format("report.candidate.raterScore", rater.rater()));
            heading.add(texts.format("report.candidate.raterBand", rater.rater()));
        }
        heading.addAll(List.of(texts.get("recruiter.agreement.range"), texts.get("recruiter.agreement.rwg"),
                texts.get("report.candidate.agreement")));
        table.heading(heading);
        int first = -1;
        int last = -1;
        for (int s = 0; s < questionnaire.scales().size(); s++) {
            last = table.row();
            first = first < 0 ? last : first;
            table.text(0, questionnaire.scales().get(s).name().in(texts.language()));
            for (int r = 0; r < raters.size(); r++) {
                ScaleResult result = raters.get(r).scales().get(s);
                if (result.scored()) {
                    table.number(1 + 2 * r, result.score(), cells.mean);
                    table.text(2 + 2 * r, result.band().label().in(texts.language()));
                } else {
                    table.text(2 + 2 * r, CandidateReportWorkbook.reason(texts, result.missing()));
                }
            }
            agreementCells(table, 1 + 2 * raters.size(), s);
        }
        List<ScaleCharts.Series> series = new ArrayList<>();
        for (int r = 0; r < raters.size(); r++) {
            series.add(new ScaleCharts.Series(raters.get(r).rater(), 1 + 2 * r));
        }
        charts.add(texts.get("recruiter.chart.interview"), first, last, series, questionnaire.responseFormat());
        table.note(texts.get(raters.size() < 2 ? "report.candidate.oneInterviewer" : "recruiter.agreement.method"));
    }

    private void agreementCells(Table table, int column, int s) {
        if (s >= profile.agreement().size()) {
            return;
        }
        ScaleAgreement agreement = profile.agreement().get(s);
        if (agreement.hasRange()) {
            table.number(column, agreement.range(), cells.mean);
        }
        if (agreement.rwgj().available()) {
            table.number(column + 1, agreement.rwgj().value(), cells.coefficient);
            table.text(column + 2, agreement.low() ? texts.get("recruiter.agreement.low") : texts.get("report.candidate.agree"));
        } else {
            table.text(column + 2, texts.format("report.team.items.notAvailable", texts.reason(agreement.rwgj())));
        }
    }
}
