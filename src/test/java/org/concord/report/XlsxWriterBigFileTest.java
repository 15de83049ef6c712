package org.concord.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sheet of 100,000 rows, read back with POI's streaming reader: every row there, in order, with its values. */
class XlsxWriterBigFileTest {

    private static final int ROWS = 100_000;

    @Test
    void everyRowOfABigSheetIsThereInOrder(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("big.xlsx");
        try (XlsxWriter xlsx = new XlsxWriter(Files.newOutputStream(file))) {
            Style whole = xlsx.numberStyle("0");
            Style score = xlsx.numberStyle("0.00");
            Style day = xlsx.dateStyle("yyyy-mm-dd");
            SheetWriter sheet = xlsx.sheet("Data", List.of(new Column("Id", 10), new Column("Team", 12),
                    new Column("On", 12), new Column("Answer", 8), new Column("Score", 8)));
            for (int i = 1; i <= ROWS; i++) {
                sheet.row().number(i, whole).text("team " + (i % 7)).date(LocalDate.of(2026, 1, 1).plusDays(i % 365), day);
                if (i % 10 != 0) {
                    sheet.number(i % 5 + 1, whole);
                } else {
                    sheet.empty();
                }
                sheet.number(i / 1000.0, score);
            }
        }
        AtomicInteger seen = new AtomicInteger();
        BigSheetReader.read(file, (row, cells) -> {
            if (row == 0) {
                assertEquals(List.of("Id", "Team", "On", "Answer", "Score"), cells);
                return;
            }
            int i = seen.incrementAndGet();
            assertEquals(i, row, "rows in order, none missing");
            assertEquals(String.valueOf(i), cells.get(0));
            assertEquals("team " + (i % 7), cells.get(1));
            assertEquals(LocalDate.of(2026, 1, 1).plusDays(i % 365).toString(), cells.get(2));
            assertEquals(i % 10 != 0 ? String.valueOf(i % 5 + 1) : null, cells.get(3));
            assertEquals(String.format(java.util.Locale.ROOT, "%.2f", i / 1000.0), cells.get(4));
        });
        assertEquals(ROWS, seen.get());
    }

    @Test
    void theFileIsAValidZipThatPoiOpens(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("small.xlsx");
        try (XlsxWriter xlsx = new XlsxWriter(Files.newOutputStream(file))) {
            xlsx.sheet("Data", List.of(new Column("A", 5))).row().text("x");
        }
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(org.apache.poi.openxml4j.opc.OPCPackage.open(file.toFile(), org.apache.poi.openxml4j.opc.PackageAccess.READ))) {
            assertEquals("x", workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue());
            assertEquals("Concord", workbook.getProperties().getCoreProperties().getCreator());
        }
    }
}
