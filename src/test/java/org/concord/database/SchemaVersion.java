package org.concord.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The schema version the migrations in {@code src/main/resources/db/migration} lead to, so that
 * tests asserting "the current schema" need no change when a migration is added.
 */
public final class SchemaVersion {

    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.*\\.sql");

    private SchemaVersion() {
    }

    public static String latest() {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return String.valueOf(files.map(file -> VERSIONED.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1)))
                    .max().orElseThrow());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
