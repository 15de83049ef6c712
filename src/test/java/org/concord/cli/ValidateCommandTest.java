package org.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code concord-cli validate}: what it prints and the exit code, run through {@link ConcordCli}. */
class ValidateCommandTest {

    private static final Path TEAMWORK = Path.of("src/test/resources/questionnaires/valid/teamwork.v1.yaml");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ConcordCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void shippedFolderIsValid() {
        assertEquals(0, run("validate", "questionnaires/"), err());
        assertEquals("", err());
        assertTrue(out().contains("ok  cooperativeness.v1.yaml ("), out());
        assertTrue(out().contains("ok  coordination-maturity.v1.yaml ("), out());
    }

    @Test
    void goodFilePrintsItsScalesAndItems() {
        assertEquals(0, run("validate", TEAMWORK.toString()));
        assertEquals("ok  teamwork.v1.yaml (2 scales, 6 items)" + System.lineSeparator(), out());
    }

    @Test
    void brokenFileNamesFileAndLine() throws IOException {
        Files.writeString(dir.resolve("teamwork.v1.yaml"),
                Files.readString(TEAMWORK).replace("{id: trust-3, scale: trust,", "{id: trust-3, scale: trst,"));
        assertEquals(1, run("validate", dir.toString()));
        String lf = System.lineSeparator();
        assertEquals("teamwork.v1.yaml:25: scale 'trust' has only 2 items (trust-1, trust-2); give it at least 3 so that"
                + " its score and reliability mean something" + lf
                + "teamwork.v1.yaml:69: item 'trust-3' names scale 'trst', which is not defined; use one of: trust, helping" + lf
                + "2 problems in 1 file of 1" + lf, err());
        assertEquals("", out());
    }

    @Test
    void goodAndBrokenTogether() throws IOException {
        Files.writeString(dir.resolve("empty.v1.yaml"), "");
        assertEquals(1, run("validate", dir.toString(), TEAMWORK.toString()));
        assertTrue(err().startsWith("empty.v1.yaml:1: the file is empty"), err());
        assertTrue(out().startsWith("ok  teamwork.v1.yaml"), out());
    }

    @Test
    void noArgumentsIsUsage() {
        assertEquals(2, run("validate"));
        assertTrue(err().startsWith("usage: "), err());
    }

    @Test
    void missingPathIsUsage() {
        assertEquals(2, run("validate", dir.resolve("nowhere").toString()));
        assertTrue(err().contains("nowhere does not exist"), err());
    }

    @Test
    void emptyFolderIsAnError() {
        assertEquals(2, run("validate", dir.toString()));
        assertTrue(err().contains("holds no *.yaml or *.yml file: nothing to validate"), err());
    }
}
