package org.concord.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.concord.kernel.CsvReader;
import org.concord.kernel.CsvRow;
import org.concord.kernel.CsvException;

class CsvReaderTest {

    @Test
    void readsPlainFields() throws CsvException {
        assertEquals(List.of(new CsvRow(1, List.of("a", "b")), new CsvRow(2, List.of("1", ""))), CsvReader.read("a,b\n1,\n"));
    }

    @Test
    void readsCrLfLineEnds() throws CsvException {
        assertEquals(List.of(List.of("a", "b"), List.of("1", "2")),
                CsvReader.read("a,b\r\n1,2\r\n").stream().map(CsvRow::cells).toList());
    }

    @Test
    void readsALastLineWithoutLineEnd() throws CsvException {
        assertEquals(2, CsvReader.read("a,b\n1,2").size());
    }

    @Test
    void quotedFieldsMayHoldCommasQuotesAndLineBreaks() throws CsvException {
        List<CsvRow> rows = CsvReader.read("\"Smith, J.\",\"say \"\"hi\"\"\",\"two\nlines\"\nnext,row,here\n");
        assertEquals(List.of("Smith, J.", "say \"hi\"", "two\nlines"), rows.get(0).cells());
        assertEquals(3, rows.get(1).line());
    }

    @Test
    void anEmptyQuotedFieldIsEmpty() throws CsvException {
        assertEquals(List.of("", "x"), CsvReader.read("\"\",x\n").get(0).cells());
    }

    @Test
    void skipsEmptyLines() throws CsvException {
        List<CsvRow> rows = CsvReader.read("a,b\n\n1,2\n\n");
        assertEquals(2, rows.size());
        assertEquals(3, rows.get(1).line());
    }

    @Test
    void ignoresAByteOrderMark() throws CsvException {
        assertEquals("respondent", CsvReader.read("\uFEFFrespondent,team\n").get(0).cells().get(0));
    }

    @Test
    void keepsSpacesAsWritten() throws CsvException {
        assertEquals(List.of(" a ", "b "), CsvReader.read(" a ,b \n").get(0).cells());
    }

    @Test
    void refusesAnUnclosedQuote() {
        CsvException e = assertThrows(CsvException.class, () -> CsvReader.read("a,b\n1,\"2\n3,4\n"));
        assertEquals(2, e.line());
        assertEquals(2, e.column());
    }

    @Test
    void refusesTextAfterAClosingQuote() {
        CsvException e = assertThrows(CsvException.class, () -> CsvReader.read("a,b,c\n1,2,\"3\"x\n"));
        assertEquals(2, e.line());
        assertEquals(3, e.column());
    }

    @Test
    void refusesAQuoteInsideAnUnquotedField() {
        CsvException e = assertThrows(CsvException.class, () -> CsvReader.read("a,b\n1,2\"\n"));
        assertEquals(2, e.line());
        assertEquals(2, e.column());
        assertEquals("line 2, column 2: " + e.detail(), e.getMessage());
    }
}
