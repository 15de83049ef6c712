package org.concord.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.concord.database.TestDatabase;
import org.concord.questionnaire.Questionnaire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The raw export's JDBC path with thousands of assessments (60 items and 7 scale scores each,
 * as in the benchmark): every row arrives, once, in order, with exactly the values stored.
 * Times are logged for information, never asserted.
 */
class RawDataExportVolumeTest {

    private static final Logger LOG = Logger.getLogger(RawDataExportVolumeTest.class.getName());
    private static final Questionnaire SYNTHETIC = Synthetic.questionnaire(60, 7);

    private static long export(DataSource dataSource, Path file) throws Exception {
        long started = System.nanoTime();
        long rows;
        try (OutputStream out = Files.newOutputStream(file)) {
            rows = new RawDataExport(dataSource).write(SYNTHETIC, null, Locale.ENGLISH, out);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.info(() -> "exported " + file.getFileName() + " in " + millis + " ms, " + file.toFile().length() + " bytes");
        return rows;
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void threeThousandAssessmentsArriveWithExactlyTheirValues(TestDatabase database, @TempDir Path folder) throws Exception {
        int respondents = 3_000;
        DataSource dataSource = database.fresh();
        Synthetic.insert(dataSource, SYNTHETIC, respondents);
        Path file = folder.resolve("raw-" + database + ".xlsx");

        assertEquals(respondents, export(dataSource, file));

        try (XSSFWorkbook workbook = new XSSFWorkbook(org.apache.poi.openxml4j.opc.OPCPackage.open(file.toFile(), org.apache.poi.openxml4j.opc.PackageAccess.READ))) {
            XSSFSheet data = workbook.getSheetAt(0);
            assertEquals(respondents, data.getLastRowNum());
            RawRow expected = new RawRow(67);
            for (int r = 0; r < respondents; r++) {
                Synthetic.fill(expected, r, 60);
                XSSFRow row = data.getRow(r + 1);
                assertEquals(expected.assessmentId, (long) row.getCell(0).getNumericCellValue());
                assertEquals(expected.campaign, row.getCell(1).getStringCellValue());
                assertEquals(expected.wave, row.getCell(2).getStringCellValue());
                assertEquals(expected.team, row.getCell(3).getStringCellValue());
                assertEquals(expected.submittedOn, row.getCell(4).getLocalDateTimeCellValue().toLocalDate());
                for (int v = 0; v < 67; v++) {
                    XSSFCell cell = row.getCell(RawLayout.FIXED_COLUMNS + v);
                    if (Double.isNaN(expected.values[v])) {
                        assertNull(cell, "row " + r + " value " + v);
                    } else {
                        assertEquals(expected.values[v], cell.getNumericCellValue(), "row " + r + " value " + v);
                    }
                }
            }
        }
    }

    @Test
    void twentyThousandAssessmentsFromH2ArriveInOrder(@TempDir Path folder) throws Exception {
        int respondents = 20_000;
        DataSource dataSource = TestDatabase.H2.fresh();
        Synthetic.insert(dataSource, SYNTHETIC, respondents);
        Path file = folder.resolve("raw-20000.xlsx");

        assertEquals(respondents, export(dataSource, file));

        AtomicInteger seen = new AtomicInteger();
        BigSheetReader.read(file, (row, cells) -> {
            if (row > 0) {
                assertEquals(String.valueOf(seen.incrementAndGet()), cells.get(0));
                assertEquals("Team " + ((seen.get() - 1) % Synthetic.TEAMS + 1), cells.get(3));
                assertTrue(cells.size() <= RawLayout.FIXED_COLUMNS + 67, "no cell past the last score");
            }
        });
        assertEquals(respondents, seen.get());
    }
}
