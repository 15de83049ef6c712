package org.concord.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinksCsvTest {

    @Test
    void writesOneQuotedRowPerLinkAndDefusesFormulas() {
        byte[] csv = LinksCsv.write(List.of(
                new IssuedLink(1, "Support, level 2", "=HYPERLINK(\"x\")", "a@example.org", "http://h/respond/answer.xhtml?t=abc"),
                new IssuedLink(2, "Logistics", null, null, "http://h/respond/answer.xhtml?t=def")),
                List.of("Team", "Member", "E-mail", "Link"));
        String text = new String(csv, StandardCharsets.UTF_8);
        assertEquals("\uFEFFTeam,Member,E-mail,Link\r\n"
                + "\"Support, level 2\",\"'=HYPERLINK(\"\"x\"\")\",a@example.org,http://h/respond/answer.xhtml?t=abc\r\n"
                + "Logistics,,,http://h/respond/answer.xhtml?t=def\r\n", text);
    }
}
