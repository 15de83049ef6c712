package org.concord.campaign;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes issued links as the CSV HR downloads: team, member name, e-mail, link URL, one row a
 * link, RFC 4180 quoting, UTF-8 with a byte-order mark so spreadsheet programs read accents.
 * A cell that a spreadsheet would run as a formula (it starts with = + - @) is prefixed with an
 * apostrophe, so a member's name can never become a formula on HR's computer.
 */
public final class LinksCsv {

    private LinksCsv() {
    }

    /** The file, with a header row in the given column titles. */
    public static byte[] write(List<IssuedLink> links, List<String> header) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        row(csv, header);
        for (IssuedLink link : links) {
            row(csv, List.of(link.team(), nonNull(link.member()), nonNull(link.email()), link.url()));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    static String cell(String value) {
        String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
