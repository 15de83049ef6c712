package org.concord.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Prints a workbook the way a reader would, through LibreOffice's headless converter
 * ({@code soffice --headless --convert-to pdf}), and answers the pages of the PDF with PDFBox.
 * Each conversion runs with a profile of its own, so tests and other builds may convert side by
 * side. Without {@code soffice} on the path the print tests fail and say how to install it.
 */
public final class LibreOffice {

    /** One printed page: its width and height in points (A4 landscape is 842 x 595). */
    public record Page(float width, float height) {
        public boolean a4Landscape() {
            return Math.abs(width - PDRectangle.A4.getHeight()) < 2 && Math.abs(height - PDRectangle.A4.getWidth()) < 2;
        }
    }

    private LibreOffice() {
    }

    /** The pages {@code workbook} prints on. */
    public static List<Page> print(Path workbook) throws IOException, InterruptedException {
        Path folder = Files.createTempDirectory("concord-print");
        Path profile = folder.resolve("profile");
        ProcessBuilder builder = new ProcessBuilder(soffice(), "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--norestore", "--convert-to", "pdf", "--outdir", folder.toString(), workbook.toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("soffice.log").toFile());
        Process process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("LibreOffice did not print " + workbook.getFileName() + " within 3 minutes");
        }
        String name = workbook.getFileName().toString();
        Path pdf = folder.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
        if (!Files.exists(pdf)) {
            throw new AssertionError("LibreOffice printed no PDF: " + Files.readString(folder.resolve("soffice.log")));
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return java.util.stream.StreamSupport.stream(document.getPages().spliterator(), false)
                    .map(page -> new Page(page.getMediaBox().getWidth(), page.getMediaBox().getHeight())).toList();
        }
    }

    private static String soffice() {
        for (String folder : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, "soffice"))) {
                return Path.of(folder, "soffice").toString();
            }
        }
        throw new AssertionError("the print tests need LibreOffice: apt-get install libreoffice-calc-nogui "
                + "(.ci/run installs it)");
    }
}
