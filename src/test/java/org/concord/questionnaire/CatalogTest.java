package org.concord.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog: lookups, broken files kept apart, duplicate id and version refused. */
class CatalogTest {

    private static final Path VALID = Path.of("src/test/resources/questionnaires/valid");
    private static final Path TEAMWORK = VALID.resolve("teamwork.v1.yaml");

    @TempDir
    Path dir;

    private void copy(String name, String version) throws IOException {
        Files.writeString(dir.resolve(name), Files.readString(TEAMWORK).replace("version: 1\n", "version: " + version + "\n"));
    }

    @Test
    void loadsTheValidFolderSortedByName() {
        Catalog catalog = QuestionnaireLoader.loadFolder(VALID);
        assertTrue(catalog.ok());
        assertEquals(List.of("attentive.v1.yaml", "listening-interview.v2.yaml", "teamwork.v1.yaml"),
                catalog.results().stream().map(LoadResult::fileName).toList());
        assertEquals(List.of("attentive.v1", "listening-interview.v2", "teamwork.v1"), catalog.all().stream().map(Questionnaire::key).toList());
    }

    @Test
    void findsByIdAndVersionAndLatest() throws IOException {
        copy("teamwork.v1.yaml", "1");
        copy("teamwork.v2.yaml", "2");
        copy("teamwork.v10.yaml", "10");
        Catalog catalog = QuestionnaireLoader.loadFolder(dir);
        assertEquals(2, catalog.find("teamwork", 2).orElseThrow().version());
        assertTrue(catalog.find("teamwork", 3).isEmpty());
        assertEquals(10, catalog.latest("teamwork").orElseThrow().version());
        assertTrue(catalog.latest("nothing").isEmpty());
    }

    @Test
    void aBrokenFileDoesNotStopTheOthers() throws IOException {
        copy("teamwork.v1.yaml", "1");
        Files.writeString(dir.resolve("broken.v1.yaml"), "id: broken\nversion: [\n");
        Catalog catalog = QuestionnaireLoader.loadFolder(dir);
        assertFalse(catalog.ok());
        assertEquals(1, catalog.all().size());
        assertEquals(List.of("broken.v1.yaml"), catalog.broken().stream().map(LoadResult::fileName).toList());
        assertEquals(1, catalog.problems().size());
        assertEquals("broken.v1.yaml", catalog.problems().get(0).file());
    }

    @Test
    void onlyYamlFilesAreRead() throws IOException {
        copy("teamwork.v1.yaml", "1");
        Files.writeString(dir.resolve("README.md"), "# notes\n");
        Files.writeString(dir.resolve(".teamwork.v1.yaml.swp"), "x");
        Files.writeString(dir.resolve(".hidden.v1.yaml"), "x");
        assertEquals(List.of(dir.resolve("teamwork.v1.yaml")), QuestionnaireLoader.files(dir));
    }

    @Test
    void sameIdAndVersionInTwoFilesRefusesBoth() throws IOException {
        copy("teamwork.v1.yaml", "1");
        copy("teamwork.v1.yml", "1");
        Catalog catalog = QuestionnaireLoader.loadFolder(dir);
        assertEquals(List.of(), catalog.all());
        assertEquals(List.of(
                "teamwork.v1.yaml:2: id 'teamwork' version 1 is also declared by teamwork.v1.yml; keep one file per id and"
                        + " version, giving a changed one the next version",
                "teamwork.v1.yml:2: id 'teamwork' version 1 is also declared by teamwork.v1.yaml; keep one file per id and"
                        + " version, giving a changed one the next version"),
                catalog.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void sameIdAndVersionAcrossFolders() throws IOException {
        copy("teamwork.v1.yaml", "1");
        Catalog catalog = Catalog.of(List.of(QuestionnaireLoader.loadFile(TEAMWORK),
                QuestionnaireLoader.loadFile(dir.resolve("teamwork.v1.yaml"))));
        assertEquals(2, catalog.broken().size());
        assertTrue(catalog.find("teamwork", 1).isEmpty());
    }

    @Test
    void aMissingFolderIsOneProblem() {
        Catalog catalog = QuestionnaireLoader.loadFolder(dir.resolve("nowhere"));
        assertFalse(catalog.ok());
        assertEquals(0, catalog.problems().get(0).line());
        assertTrue(catalog.problems().get(0).message().startsWith("cannot list the folder"));
    }

    @Test
    void anEmptyFolderIsAnEmptyCatalog() {
        Catalog catalog = QuestionnaireLoader.loadFolder(dir);
        assertTrue(catalog.ok());
        assertEquals(List.of(), catalog.all());
    }
}
