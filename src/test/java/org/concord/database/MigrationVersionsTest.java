package org.concord.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The migration files are named so that Flyway can run them: every file is a versioned
 * migration, no two share a version (two branches each adding "V8" broke a merge once), and
 * version 6, which was never used, stays unused so that no database finds a gap filled later.
 */
class MigrationVersionsTest {

    private static final Pattern NAME = Pattern.compile("V(\\d+)__[a-z0-9_]+\\.sql");

    private static List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void everyFileIsAVersionedMigrationWithAUniqueVersion() throws IOException {
        List<Integer> versions = new ArrayList<>();
        for (String name : names()) {
            Matcher matcher = NAME.matcher(name);
            assertTrue(matcher.matches(), name + " is not named V<version>__<words>.sql");
            versions.add(Integer.parseInt(matcher.group(1)));
        }
        assertEquals(versions.size(), versions.stream().distinct().count(), "two migrations share a version: " + versions);
        assertFalse(versions.contains(6), "version 6 stays unused");
    }
}
