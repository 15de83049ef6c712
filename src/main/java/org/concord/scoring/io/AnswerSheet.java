package org.concord.scoring.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.concord.questionnaire.ResponseFormat;
import org.concord.scoring.Respondent;
import org.concord.scoring.ScoringPlan;
import org.concord.kernel.CsvReader;
import org.concord.kernel.CsvRow;
import org.concord.kernel.CsvException;

/**
 * Reads a CSV answer file into respondents for a {@link ScoringPlan}. The header holds a
 * {@code respondent} column, a {@code team} column, one column per item of the questionnaire
 * and optionally a {@code wave} column, in any order; each following row is one respondent. An
 * empty cell is an unanswered item; an empty team means the respondent is in no team. A wave
 * column holds exactly two values (the first in file order is "before", the other "after"),
 * and a respondent id may then appear once in each wave. Cells are trimmed. Refused, each
 * reported with its file line and column: an unknown or repeated column, a missing
 * respondent, team or item column, a row with the wrong number of cells, an empty or repeated
 * respondent id, an answer that is not a whole number of the response format, an empty wave,
 * a third wave, and a wave column with one value only.
 */
public final class AnswerSheet {

    private final ScoringPlan plan;
    private final String file;
    private final List<String> problems = new ArrayList<>();
    private List<String> header;
    private int respondentColumn;
    private int teamColumn;
    private int waveColumn;
    private int[] itemOfColumn;

    private AnswerSheet(ScoringPlan plan, String file) {
        this.plan = plan;
        this.file = file;
    }

    /** The respondents of a CSV text, in file order, with their waves; {@code file} names it in messages. */
    public static AnswerFile read(ScoringPlan plan, String file, String csv) throws AnswerFileException {
        AnswerSheet sheet = new AnswerSheet(plan, file);
        List<CsvRow> rows;
        try {
            rows = CsvReader.read(csv);
        } catch (CsvException e) {
            throw new AnswerFileException(List.of(file + ":" + e.line() + ": column " + e.column() + ": " + e.detail()));
        }
        if (rows.isEmpty()) {
            throw new AnswerFileException(List.of(file + ":1: the file is empty; expected the header respondent,team,<item id>..."));
        }
        sheet.header(rows.get(0));
        if (!sheet.problems.isEmpty()) {
            throw new AnswerFileException(sheet.problems);
        }
        List<String> waves = new ArrayList<>();
        List<Respondent> respondents = sheet.respondents(rows.subList(1, rows.size()), waves);
        sheet.twoWaves(rows.get(0).line(), waves);
        if (!sheet.problems.isEmpty()) {
            throw new AnswerFileException(sheet.problems);
        }
        return new AnswerFile(respondents, waves);
    }

    private void header(CsvRow row) {
        header = row.cells().stream().map(String::trim).toList();
        itemOfColumn = new int[header.size()];
        respondentColumn = -1;
        teamColumn = -1;
        waveColumn = -1;
        for (String required : List.of("respondent", "team")) {
            if (!header.contains(required)) {
                problems.add(file + ":" + row.line() + ": the header has no '" + required
                        + "' column; it must be respondent,team,<item id>...");
            }
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c);
            itemOfColumn[c] = -1;
            Integer earlier = seen.putIfAbsent(name, c);
            if (earlier != null) {
                problem(row.line(), c, "column '" + name + "' repeats column " + (earlier + 1));
            } else if (name.equals("respondent")) {
                respondentColumn = c;
            } else if (name.equals("team")) {
                teamColumn = c;
            } else if (name.equals("wave")) {
                waveColumn = c;
            } else if (plan.itemIndex(name) < 0) {
                problem(row.line(), c, "unknown item '" + name + "'; the header is respondent,team,<item id>...");
            } else {
                itemOfColumn[c] = plan.itemIndex(name);
            }
        }
        plan.questionnaire().items().stream().map(i -> i.id()).filter(id -> !seen.containsKey(id))
                .forEach(id -> problems.add(file + ":" + row.line() + ": the header has no column for item '" + id + "'"));
    }

    private List<Respondent> respondents(List<CsvRow> rows, List<String> waves) {
        List<Respondent> respondents = new ArrayList<>();
        Map<String, Integer> lineOf = new HashMap<>();
        List<String> seenWaves = new ArrayList<>();
        for (CsvRow row : rows) {
            List<String> cells = row.cells();
            if (cells.size() != header.size()) {
                problem(row.line(), Math.min(cells.size(), header.size()), "the row has " + cells.size()
                        + " cells but the header has " + header.size());
                continue;
            }
            String wave = waveColumn < 0 ? null : wave(row, seenWaves);
            String id = cells.get(respondentColumn).trim();
            Integer earlier = id.isEmpty() ? null : lineOf.putIfAbsent(wave == null ? id : wave + "\n" + id, row.line());
            if (id.isEmpty()) {
                problem(row.line(), respondentColumn, "the respondent id is empty");
            } else if (earlier != null) {
                problem(row.line(), respondentColumn, "respondent '" + id + "' is already on line " + earlier
                        + (wave == null ? "" : " in wave '" + wave + "'"));
            }
            respondents.add(new Respondent(id, cells.get(teamColumn).trim(), answers(row)));
            if (waveColumn >= 0) {
                waves.add(wave);
            }
        }
        return respondents;
    }

    /** The row's wave; an empty cell or a third value is a problem of that row and column. */
    private String wave(CsvRow row, List<String> seen) {
        String wave = row.cells().get(waveColumn).trim();
        if (wave.isEmpty()) {
            problem(row.line(), waveColumn, "the wave is empty; each row names one of the file's two waves");
        } else if (!seen.contains(wave)) {
            if (seen.size() == 2) {
                problem(row.line(), waveColumn, "a third wave '" + wave + "'; the wave column holds two values, '"
                        + seen.get(0) + "' (before) and '" + seen.get(1) + "' (after)");
            } else {
                seen.add(wave);
            }
        }
        return wave;
    }

    /** A wave column must name two waves: with one only there is no change to compute. */
    private void twoWaves(int headerLine, List<String> waves) {
        long distinct = waves.stream().filter(w -> !w.isEmpty()).distinct().count();
        if (waveColumn >= 0 && problems.isEmpty() && distinct < 2) {
            problem(headerLine, waveColumn, distinct == 0 ? "the wave column has no rows; it needs two waves"
                    : "the wave column holds one value only, '" + waves.get(0)
                    + "'; it needs two (the first in file order is before), or leave the column out");
        }
    }

    private int[] answers(CsvRow row) {
        ResponseFormat format = plan.questionnaire().responseFormat();
        int[] answers = new int[plan.itemCount()];
        Arrays.fill(answers, ScoringPlan.MISSING);
        for (int c = 0; c < header.size(); c++) {
            String cell = row.cells().get(c).trim();
            if (itemOfColumn[c] < 0 || cell.isEmpty()) {
                continue;
            }
            if (!cell.matches("[+-]?\\d{1,9}")) {
                problem(row.line(), c, "'" + cell + "' is not a whole number; answers are " + format.lo() + ".." + format.hi());
            } else if (!format.accepts(Integer.parseInt(cell))) {
                problem(row.line(), c, "answer " + cell + " lies outside " + format.lo() + ".." + format.hi());
            } else {
                answers[itemOfColumn[c]] = Integer.parseInt(cell);
            }
        }
        return answers;
    }

    /** A problem at a 0-based column, reported 1-based with the column's header name. */
    private void problem(int line, int column, String message) {
        String name = column < header.size() ? " (" + header.get(column) + ")" : "";
        problems.add(file + ":" + line + ": column " + (column + 1) + name + ": " + message);
    }
}
