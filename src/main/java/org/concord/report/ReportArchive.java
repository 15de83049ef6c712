package org.concord.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.concord.security.AuditTrail;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The archive of generated reports: the files in the report folder ({@code concord.reports})
 * and the {@code report} table that lists them. A file is recorded only once complete, opened
 * only by a name the archive made, and deleted with its row when the retention period
 * ({@code concord.reports.retentionDays}) is over; files in the folder that no row lists (a job
 * that died half-way) go by their age too.
 */
@ApplicationScoped
@Transactional
public class ReportArchive {

    private static final Logger LOG = Logger.getLogger(ReportArchive.class.getName());

    @PersistenceContext(unitName = "concord")
    private EntityManager entityManager;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    @Inject
    @ConfigProperty(name = "concord.reports")
    private String configuredFolder;

    private Path folder;

    protected ReportArchive() {
        // for CDI
    }

    public Path folder() {
        if (folder == null) {
            folder = Path.of(configuredFolder).toAbsolutePath();
        }
        return folder;
    }

    /**
     * Lists a finished file (its size is read from the folder) and writes its generation to the
     * audit trail, in the same transaction: a report is audited as generated once it exists.
     */
    public Report record(ReportKind kind, String title, String subject, String generatedBy, String fileName) {
        long size;
        try {
            size = Files.size(file(fileName));
        } catch (IOException e) {
            throw new UncheckedIOException("the report file " + fileName + " is not in " + folder(), e);
        }
        Report report = new Report(kind, title, subject, generatedBy, clock.instant(), fileName, size);
        entityManager.persist(report);
        audit.record(generatedBy, "report.generated", title, kind.name().toLowerCase(java.util.Locale.ROOT) + ", " + fileName);
        return report;
    }

    /** Every archived report, newest first. */
    public List<Report> all() {
        return entityManager.createNamedQuery("Report.findAll", Report.class).getResultList();
    }

    public Optional<Report> find(long id) {
        return Optional.ofNullable(entityManager.find(Report.class, id));
    }

    /** The reports about {@code subject} (for example {@code candidate-51}), oldest first. */
    public List<Report> about(String subject) {
        return entityManager.createNamedQuery("Report.findBySubject", Report.class)
                .setParameter("subject", subject).getResultList();
    }

    /**
     * Deletes one archived report, its row and then its file, as when the person it is about is
     * erased. The row goes first: should the file resist, the folder's retention pass removes it
     * by its age, whereas a row without a file would offer a download that fails.
     */
    public void remove(Report report) {
        entityManager.remove(entityManager.contains(report) ? report : entityManager.merge(report));
        entityManager.flush();
        delete(file(report.getFileName()));
    }

    /** The file of archived report {@code reportId} for {@code reader}, whose download is audited; empty when it is gone. */
    public Optional<Path> download(long reportId, String reader) {
        return find(reportId).map(report -> {
            audit.record(reader, "report.downloaded", report.getTitle(), report.getFileName());
            return file(report.getFileName());
        });
    }

    /** The file of an archived report, always inside the report folder. */
    public Path file(String fileName) {
        return folder().resolve(ReportFiles.requireSafe(fileName));
    }

    /**
     * Deletes the reports generated more than {@code days} days ago, files and rows, and any
     * other file in the folder last changed before then. Returns how many files went.
     */
    public int deleteOlderThan(int days) {
        Instant cutoff = clock.instant().minus(Duration.ofDays(days));
        int deleted = 0;
        for (Report report : entityManager.createNamedQuery("Report.findGeneratedBefore", Report.class)
                .setParameter("cutoff", cutoff.atOffset(java.time.ZoneOffset.UTC)).getResultList()) {
            if (delete(file(report.getFileName()))) {
                deleted++;
            }
            entityManager.remove(report);
        }
        return deleted + deleteStrayFiles(cutoff);
    }

    private int deleteStrayFiles(Instant cutoff) {
        if (!Files.isDirectory(folder())) {
            return 0;
        }
        int deleted = 0;
        try (var files = Files.newDirectoryStream(folder(), "*.{xlsx,part}")) {
            for (Path file : files) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(cutoff) && delete(file)) {
                    deleted++;
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot list the report folder " + folder(), e);
        }
        return deleted;
    }

    private static boolean delete(Path file) {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot delete the expired report " + file, e);
            return false;
        }
    }
}
