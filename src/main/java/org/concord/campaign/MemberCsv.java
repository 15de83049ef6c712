package org.concord.campaign;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.concord.kernel.Texts;
import org.concord.kernel.CsvException;
import org.concord.kernel.CsvReader;
import org.concord.kernel.CsvRow;
import org.concord.kernel.Refusal;

/**
 * Reads a team's member list as HR uploads it: UTF-8 CSV with two columns, name and e-mail
 * (the e-mail may be empty), and an optional header row {@code name,email}. The whole file is
 * checked before anything is kept: the first bad row refuses the upload with its line number
 * and the reason, so a team is never half imported.
 */
public final class MemberCsv {

    /** A member as read from the file, with the line it came from. */
    public record Row(int line, String name, String email) {
    }

    /** Beyond this, an upload is refused: teams are small, and a huge file is a mistake. */
    public static final int MAX_ROWS = 2000;

    private MemberCsv() {
    }

    /**
     * The members in {@code file}, none of whose e-mail addresses may be in {@code taken}
     * (lower case) already.
     *
     * @throws Refusal naming the line and what is wrong with it
     */
    public static List<Row> read(byte[] file, Set<String> taken) {
        List<CsvRow> rows;
        try {
            rows = CsvReader.read(utf8(file));
        } catch (CsvException e) {
            throw new Refusal("hr.csv.syntax", e.line(), e.column());
        }
        if (!rows.isEmpty() && isHeader(rows.get(0))) {
            rows = rows.subList(1, rows.size());
        }
        if (rows.isEmpty()) {
            throw new Refusal("hr.csv.empty");
        }
        if (rows.size() > MAX_ROWS) {
            throw new Refusal("hr.csv.tooMany", MAX_ROWS);
        }
        Set<String> seen = new HashSet<>(taken);
        List<Row> members = new ArrayList<>(rows.size());
        for (CsvRow row : rows) {
            members.add(member(row, seen));
        }
        return members;
    }

    private static Row member(CsvRow row, Set<String> seen) {
        int line = row.line();
        if (row.cells().size() != 2) {
            throw new Refusal("hr.csv.columns", line, row.cells().size());
        }
        String name = row.cells().get(0).strip();
        String email = row.cells().get(1).strip();
        if (name.isEmpty()) {
            throw new Refusal("hr.csv.name", line);
        }
        if (name.length() > 200) {
            throw new Refusal("hr.csv.nameLong", line, 200);
        }
        if (!email.isEmpty()) {
            if (!Texts.isEmail(email) || email.length() > 254) {
                throw new Refusal("hr.csv.email", line, email);
            }
            if (!seen.add(email.toLowerCase(Locale.ROOT))) {
                throw new Refusal("hr.csv.duplicate", line, email);
            }
        }
        return new Row(line, name, email.isEmpty() ? null : email);
    }

    private static boolean isHeader(CsvRow row) {
        return row.cells().size() == 2 && row.cells().get(0).strip().equalsIgnoreCase("name")
                && row.cells().get(1).strip().replace("-", "").equalsIgnoreCase("email");
    }

    private static String utf8(byte[] file) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException e) {
            throw new Refusal("hr.csv.encoding");
        }
    }
}
