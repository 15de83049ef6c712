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
            rows = new RawDataExport(dataSource, java.time.Clock.systemUTC()).write(SYNTHETIC, null, Locale.ENGLISH, out);
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
            java.util.Map<String, Integer> expected = new java.util.HashMap<>();
            RawRow row = new RawRow(67);
            for (int r = 0; r < respondents; r++) {
                expected.merge(signature(Synthetic.fill(row, r, 60)), 1, Integer::sum);
            }
            java.util.Map<String, Integer> exported = new java.util.HashMap<>();
            java.util.Set<Long> numbers = new java.util.HashSet<>();
            for (int r = 1; r <= respondents; r++) {
                XSSFRow cells = data.getRow(r);
                numbers.add((long) cells.getCell(0).getNumericCellValue());
                RawRow read = new RawRow(67);
                read.reset(0, cells.getCell(1).getStringCellValue(), cells.getCell(2).getStringCellValue(),
                        cells.getCell(3).getStringCellValue());
                for (int v = 0; v < 67; v++) {
                    XSSFCell cell = cells.getCell(RawLayout.FIXED_COLUMNS + v);
                    read.values[v] = cell == null ? Double.NaN : cell.getNumericCellValue();
                }
                exported.merge(signature(read), 1, Integer::sum);
            }
            assertEquals(expected, exported, "every row arrives once with exactly its values (in an order of its own)");
            assertEquals(respondents, numbers.size(), "row numbers 1..n, each once");
            assertEquals(1L, numbers.stream().mapToLong(Long::longValue).min().orElseThrow());
        }
    }

    /** Everything a row holds but its number, which the export draws anew. */
    private static String signature(RawRow row) {
        return row.campaign + "|" + row.wave + "|" + row.team + "|" + java.util.Arrays.toString(row.values);
    }

    @Test
    void twentyThousandAssessmentsFromH2ArriveNumberedInAnOrderOfTheirOwn(@TempDir Path folder) throws Exception {
        int respondents = 20_000;
        DataSource dataSource = TestDatabase.H2.fresh();
        Synthetic.insert(dataSource, SYNTHETIC, respondents);
        Path file = folder.resolve("raw-20000.xlsx");

        assertEquals(respondents, export(dataSource, file));

        AtomicInteger seen = new AtomicInteger();
        AtomicInteger inSubmissionOrder = new AtomicInteger();
        java.util.Map<String, Integer> perTeam = new java.util.HashMap<>();
        BigSheetReader.read(file, (row, cells) -> {
            if (row > 0) {
                assertEquals(String.valueOf(seen.incrementAndGet()), cells.get(0), "rows numbered 1..n as written");
                perTeam.merge(cells.get(3), 1, Integer::sum);
                if (cells.get(3).equals("Team " + ((seen.get() - 1) % Synthetic.TEAMS + 1))) {
                    inSubmissionOrder.incrementAndGet();
                }
                assertTrue(cells.size() <= RawLayout.FIXED_COLUMNS + 67, "no cell past the last score");
            }
        });
        assertEquals(respondents, seen.get());
        assertEquals(Synthetic.TEAMS, perTeam.size());
        perTeam.values().forEach(n -> assertEquals(respondents / Synthetic.TEAMS, n, 1));
        assertTrue(inSubmissionOrder.get() < respondents / 2,
                "the rows do not come in the order they were stored: " + inSubmissionOrder.get() + " of " + respondents);
    }
}
