package org.concord.assessment;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.concord.campaign.Team;
import org.concord.kernel.CsvException;
import org.concord.kernel.CsvReader;
import org.concord.kernel.CsvRow;
import org.concord.kernel.Refusal;
import org.concord.questionnaire.Item;
import org.concord.questionnaire.Questionnaire;

/**
 * Reads a file of paper questionnaires for one campaign wave, as HR types them in: UTF-8 CSV,
 * a first line {@code team,<item id>,<item id>...} naming the campaign's items (of any of its
 * questionnaires, in any order, each once), then one line per paper questionnaire: the team's
 * name, then the answer to each item (an empty cell is a question left unanswered). The whole
 * file is checked before anything is kept, with the same rules as an online answer: known
 * items, answers in the response format, a team of the campaign, no blank questionnaire. The
 * first bad cell refuses the file, naming its line, its column and the column's heading.
 */
final class PaperFile {

    /** One paper questionnaire: the file line it came from, its team, and its answers per questionnaire (none blank). */
    record Sheet(int line, Team team, Map<Questionnaire, Map<String, Integer>> answers) {
    }

    /** Beyond this many lines, a file is refused: a workshop's paper fits far below. */
    static final int MAX_ROWS = 5000;

    /** The input field on the campaign page that refusals concern. */
    static final String FIELD = "paper-file";

    private PaperFile() {
    }

    /**
     * The paper questionnaires in {@code file}, answering {@code questionnaires} (the campaign's,
     * in order) by members of {@code teams} (the campaign's).
     *
     * @throws Refusal naming the first bad line and column and what is wrong there
     */
    static List<Sheet> read(byte[] file, List<Questionnaire> questionnaires, List<Team> teams) {
        List<CsvRow> rows;
        try {
            rows = CsvReader.read(utf8(file));
        } catch (CsvException e) {
            throw refuse("hr.csv.syntax", e.line(), e.column());
        }
        if (rows.isEmpty()) {
            throw refuse("hr.paper.empty");
        }
        CsvRow header = rows.get(0);
        List<Column> columns = columns(header, questionnaires);
        List<CsvRow> body = rows.subList(1, rows.size());
        if (body.isEmpty()) {
            throw refuse("hr.paper.empty");
        }
        if (body.size() > MAX_ROWS) {
            throw refuse("hr.paper.tooManyRows", MAX_ROWS);
        }
        List<Sheet> sheets = new ArrayList<>(body.size());
        for (CsvRow row : body) {
            sheets.add(sheet(row, header, columns, questionnaires, teams));
        }
        return sheets;
    }

    /** An item column: its item's questionnaire and id. */
    private record Column(Questionnaire questionnaire, String itemId) {
    }

    private static List<Column> columns(CsvRow header, List<Questionnaire> questionnaires) {
        int line = header.line();
        List<String> cells = header.cells();
        if (cells.size() < 2) {
            throw refuse("hr.paper.noItems", line);
        }
        Map<String, Questionnaire> owners = new HashMap<>();
        for (Questionnaire questionnaire : questionnaires) {
            for (Item item : questionnaire.items()) {
                owners.merge(item.id(), questionnaire, (a, b) -> null);
            }
        }
        List<Column> columns = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int c = 1; c < cells.size(); c++) {
            String id = cells.get(c).strip();
            boolean known = questionnaires.stream().anyMatch(q -> q.item(id).isPresent());
            if (!known) {
                throw refuse("hr.paper.unknownItem", line, c + 1, id);
            }
            Questionnaire owner = owners.get(id);
            if (owner == null) {
                throw refuse("hr.paper.ambiguousItem", line, c + 1, id);
            }
            if (seen.putIfAbsent(id, c + 1) != null) {
                throw refuse("hr.paper.duplicateItem", line, c + 1, id);
            }
            columns.add(new Column(owner, id));
        }
        return columns;
    }

    private static Sheet sheet(CsvRow row, CsvRow header, List<Column> columns, List<Questionnaire> questionnaires,
                               List<Team> teams) {
        int line = row.line();
        List<String> cells = row.cells();
        if (cells.size() != header.cells().size()) {
            throw refuse("hr.paper.columns", line, cells.size(), header.cells().size());
        }
        Team team = team(cells.get(0).strip(), teams, line, heading(header, 0));
        Map<Questionnaire, Map<String, Integer>> answers = new LinkedHashMap<>();
        for (int c = 1; c < cells.size(); c++) {
            String cell = cells.get(c).strip();
            if (cell.isEmpty()) {
                continue;
            }
            Column column = columns.get(c - 1);
            Questionnaire questionnaire = column.questionnaire();
            int value = answer(cell, questionnaire, line, c + 1, column.itemId());
            answers.computeIfAbsent(questionnaire, q -> new LinkedHashMap<>()).put(column.itemId(), value);
        }
        if (answers.isEmpty()) {
            throw refuse("hr.paper.blank", line);
        }
        Map<Questionnaire, Map<String, Integer>> ordered = new LinkedHashMap<>();
        questionnaires.stream().filter(answers::containsKey).forEach(q -> ordered.put(q, answers.get(q)));
        return new Sheet(line, team, ordered);
    }

    private static Team team(String name, List<Team> teams, int line, String heading) {
        if (name.isEmpty()) {
            throw refuse("hr.paper.noTeam", line, 1, heading);
        }
        return teams.stream().filter(t -> t.getName().equals(name)).findFirst()
                .or(() -> teams.stream().filter(t -> t.getName().toLowerCase(Locale.ROOT)
                        .equals(name.toLowerCase(Locale.ROOT))).findFirst())
                .orElseThrow(() -> refuse("hr.paper.unknownTeam", line, 1, heading, name));
    }

    private static int answer(String cell, Questionnaire questionnaire, int line, int column, String itemId) {
        int lo = questionnaire.responseFormat().lo();
        int hi = questionnaire.responseFormat().hi();
        try {
            int value = Integer.parseInt(cell);
            if (questionnaire.responseFormat().accepts(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below, as any answer outside the response format
        }
        throw refuse("hr.paper.answer", line, column, itemId, cell, lo, hi);
    }

    private static String heading(CsvRow header, int index) {
        return header.cells().get(index).strip();
    }

    private static Refusal refuse(String key, Object... arguments) {
        Object[] shown = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            shown[i] = arguments[i] instanceof Integer n ? String.valueOf(n) : arguments[i];
        }
        return new Refusal(key, shown).on(FIELD);
    }

    private static String utf8(byte[] file) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException e) {
            throw refuse("hr.csv.encoding");
        }
    }
}
