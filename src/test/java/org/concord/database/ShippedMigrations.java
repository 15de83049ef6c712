package org.concord.database;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The schema version the shipped migrations lead to: the highest V number in
 * {@code db/migration}. Tests compare against it, so that adding a migration needs no edit in
 * them.
 */
public final class ShippedMigrations {

    private ShippedMigrations() {
    }

    public static String latest() {
        try (var files = Files.list(Path.of(Migrations.class.getClassLoader().getResource("db/migration").toURI()))) {
            return String.valueOf(files.map(f -> f.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .max().orElseThrow());
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list the shipped migrations", e);
        }
    }
}
