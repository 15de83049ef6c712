package org.concord.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loader behaviour the broken fixtures do not show: encodings, extensions, YAML oddities. */
class LoaderTest {

    private static final Path TEAMWORK = Path.of("src/test/resources/questionnaires/valid/teamwork.v1.yaml");

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    /** The valid teamwork file with one text replaced. */
    private Path teamwork(String name, String old, String replacement) throws IOException {
        String text = Files.readString(TEAMWORK);
        assertTrue(text.contains(old), old);
        return write(name, text.replace(old, replacement));
    }

    private static List<String> problems(Path file) {
        return QuestionnaireLoader.loadFile(file).problems().stream().map(Problem::toString).toList();
    }

    @Test
    void ymlExtensionLoads() throws IOException {
        assertTrue(QuestionnaireLoader.loadFile(teamwork("teamwork.v1.yml", "", "")).ok());
    }

    @Test
    void byteOrderMarkIsIgnored() throws IOException {
        Path file = write("teamwork.v1.yaml", "\uFEFF" + Files.readString(TEAMWORK));
        assertTrue(QuestionnaireLoader.loadFile(file).ok());
    }

    @Test
    void textThatIsNotUtf8() throws IOException {
        Path file = dir.resolve("latin.v1.yaml");
        Files.write(file, "id: latin\ntitle: {en: Caf\u00e9}\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(List.of("latin.v1.yaml:2: the file is not UTF-8 text; save it as UTF-8"), problems(file));
    }

    @Test
    void missingFileHasNoLine() {
        List<Problem> problems = QuestionnaireLoader.loadFile(dir.resolve("gone.v1.yaml")).problems();
        assertEquals(1, problems.size());
        assertEquals(0, problems.get(0).line());
        assertTrue(problems.get(0).message().startsWith("cannot read the file"));
    }

    @Test
    void commentsOnlyIsEmpty() throws IOException {
        assertEquals(List.of("notes.v1.yaml:1: the file is empty; write a questionnaire in it (see questionnaires/README.md)"
                + " or delete it"), problems(write("notes.v1.yaml", "# nothing yet\n")));
    }

    @Test
    void twoDocumentsInOneFile() throws IOException {
        List<String> problems = problems(write("two.v1.yaml", "id: two\n---\nid: three\n"));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("two.v1.yaml:2: invalid YAML: expected a single document in the stream"),
                problems.get(0));
    }

    @Test
    void unknownFieldWithNoCloseNameListsTheFields() throws IOException {
        Path file = teamwork("teamwork.v1.yaml", "    minAnswered: 0.6\n", "    weight: 2\n");
        assertEquals(List.of("teamwork.v1.yaml:28: unknown field 'weight' in scale 'trust'; the fields are: bands,"
                + " description, group, id, minAnswered, name, probes"), problems(file));
    }

    @Test
    void mergeKeyIsRefused() throws IOException {
        Path file = teamwork("teamwork.v1.yaml", "quadrant:\n", "quadrant:\n  <<: {}\n");
        assertEquals(List.of("teamwork.v1.yaml:13: the YAML merge key << is not allowed; write the fields out in full"),
                problems(file));
    }

    @Test
    void customTagIsRefusedAndNeverConstructed() throws IOException {
        Path file = teamwork("teamwork.v1.yaml", "source: \"Concord\"", "source: !!javax.script.ScriptEngineManager [x]");
        assertEquals(List.of("teamwork.v1.yaml:9: the YAML tag !!javax.script.ScriptEngineManager is not allowed;"
                + " remove it and write a plain value"), problems(file));
    }

    @Test
    void aliasBombIsStoppedGracefully() throws IOException {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 10; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, "*a" + (i - 1)))).append("]\n");
        }
        List<Problem> problems = QuestionnaireLoader.loadFile(write("bomb.v1.yaml", yaml.toString())).problems();
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).message().startsWith("invalid YAML"), problems.get(0).message());
    }

    @Test
    void dateWhereTextIsExpected() throws IOException {
        Path file = teamwork("teamwork.v1.yaml", "licence: \"CC BY 4.0\"", "licence: 2024-01-01");
        assertEquals(List.of("teamwork.v1.yaml:10: licence must be text, but YAML reads '2024-01-01' as a date;"
                + " quote it: \"2024-01-01\""), problems(file));
    }

    @Test
    void questionnaireIdMustBeLowerCase() throws IOException {
        Path file = teamwork("Teamwork.v1.yaml", "id: teamwork", "id: Teamwork");
        assertEquals(List.of("Teamwork.v1.yaml:2: id 'Teamwork' may only hold lower-case letters, digits and '-',"
                + " starting with a letter or digit; write it like teamwork"), problems(file));
    }

    @Test
    void itemIdWithSpaces() throws IOException {
        Path file = teamwork("teamwork.v1.yaml", "{id: trust-1,", "{id: trust 1,");
        assertEquals(List.of("teamwork.v1.yaml:67: item 'trust 1' id 'trust 1' may only hold letters, digits, '-' and '_',"
                + " starting with a letter or digit; write it like trust-1"), problems(file));
    }

    @Test
    void tooManyPoints() throws IOException {
        Path file = teamwork("teamwork.v1.yaml", "  hi: 5\n", "  hi: 20\n");
        assertEquals(List.of("teamwork.v1.yaml:17: responseFormat has 20 points (1..20); Concord takes at most 11 points,"
                + " like 0..10"), problems(file));
    }

    @Test
    void reverseKeyedOnlyScaleIsFine() throws IOException {
        Path file = teamwork("teamwork.v1.yaml", "{id: trust-1, scale: trust, key: \"+\"", "{id: trust-1, scale: trust, key: \"-\"");
        String text = Files.readString(file).replace("{id: trust-3, scale: trust, key: \"+\"", "{id: trust-3, scale: trust, key: \"-\"");
        Files.writeString(file, text);
        assertEquals(List.of(), problems(file));
    }
}
