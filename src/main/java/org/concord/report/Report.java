package org.concord.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import org.concord.kernel.Texts;

/**
 * A finished report file in the archive: what it is (kind and title), what it is about (a
 * campaign, a questionnaire version, a candidate by id as {@code candidate-<id>}: never a
 * person's name), who generated it and when, and the
 * file's name and size in the report folder. Rows are written once, when the file is complete,
 * and removed with the file when the retention period is over.
 */
@Entity
@Table(name = "report")
@NamedQuery(name = "Report.findAll", query = "SELECT r FROM Report r ORDER BY r.generatedAt DESC, r.id DESC")
@NamedQuery(name = "Report.findGeneratedBefore",
        query = "SELECT r FROM Report r WHERE r.generatedAt < :cutoff ORDER BY r.generatedAt")
@NamedQuery(name = "Report.findBySubject", query = "SELECT r FROM Report r WHERE r.subject = :subject ORDER BY r.generatedAt")
public class Report implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "report_seq", sequenceName = "report_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_seq")
    private Long id;

    private String kind;

    private String title;

    private String subject;

    @Column(name = "generated_by")
    private String generatedBy;

    @Column(name = "generated_at")
    private OffsetDateTime generatedAt;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "size_bytes")
    private long sizeBytes;

    protected Report() {
        // for JPA
    }

    public Report(ReportKind kind, String title, String subject, String generatedBy, Instant generatedAt,
                  String fileName, long sizeBytes) {
        this.kind = Objects.requireNonNull(kind).name();
        this.title = Texts.required(title, 300, "title");
        this.subject = Texts.optional(subject, 200, "subject");
        this.generatedBy = Texts.required(generatedBy, 100, "generatedBy");
        this.generatedAt = Objects.requireNonNull(generatedAt).atOffset(ZoneOffset.UTC);
        this.fileName = ReportFiles.requireSafe(fileName);
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("a file has no negative size");
        }
        this.sizeBytes = sizeBytes;
    }

    public Long getId() {
        return id;
    }

    public ReportKind getKind() {
        return ReportKind.valueOf(kind);
    }

    public String getTitle() {
        return title;
    }

    public String getSubject() {
        return subject;
    }

    public String getGeneratedBy() {
        return generatedBy;
    }

    public Instant getGeneratedAt() {
        return generatedAt.toInstant();
    }

    public String getFileName() {
        return fileName;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }
}
