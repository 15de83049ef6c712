package org.concord.report;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Names report files: kind, subject and time of generation plus a random suffix, in lower-case
 * letters, digits, dots and hyphens only ("raw-export-team-cooperation-climate.v1-campaign-51-
 * 20261126-103000-9f3a1c.xlsx"). A name never holds a person's name: subjects are ids and
 * questionnaire keys. A name read back is checked to be such a plain name before any file is
 * opened by it, so no name can reach outside the report folder.
 */
public final class ReportFiles {

    /** The content type of an .xlsx download. */
    public static final String XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReportFiles() {
    }

    public static String name(ReportKind kind, String subject, Instant at, String extension) {
        byte[] suffix = new byte[3];
        RANDOM.nextBytes(suffix);
        String plainSubject = Normalizer.normalize(subject, Normalizer.Form.NFD).toLowerCase(Locale.ROOT)
                .replaceAll("\\p{M}", "").replaceAll("\\.{2,}", "-").replaceAll("[^a-z0-9.]+", "-")
                .replaceAll("-{2,}", "-").replaceAll("^[-.]+|[-.]+$", "");
        return kind.code() + "-" + plainSubject + "-" + STAMP.format(at) + "-" + HexFormat.of().formatHex(suffix) + "." + extension;
    }

    /** The name itself when it is a plain file name as {@link #name} makes them; else an exception. */
    static String requireSafe(String fileName) {
        if (fileName == null || !fileName.matches("[a-z0-9][a-z0-9.-]{0,190}\\.xlsx") || fileName.contains("..")) {
            throw new IllegalArgumentException("not a report file name: " + fileName);
        }
        return fileName;
    }
}
