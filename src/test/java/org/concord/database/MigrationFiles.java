package org.concord.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The migrations in the source tree, so that tests know which schema version is the newest. */
public final class MigrationFiles {

    private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.sql");

    private MigrationFiles() {
    }

    /** The highest version of {@code src/main/resources/db/migration}, as Flyway prints it. */
    public static String latest() {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return String.valueOf(files.map(f -> VERSION.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1)))
                    .max().orElseThrow());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
