package vn.langso.courses.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.langso.accounts.entity.Account;

/**
 * An uploaded file of a course. The bytes are in the data directory under {@code fileKey}; {@code contentType} is
 * what the content was recognised as. Served only to those who may see the course.
 */
@Entity
public class StoredFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String fileKey;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Course course;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private FileKind kind;

    private String originalName;

    private String contentType;

    private long sizeBytes;

    private String sha256;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "uploaded_by")
    private Account uploadedBy;

    private LocalDateTime uploadedAt;

    protected StoredFile() {}

    public StoredFile(
            String fileKey,
            Course course,
            FileKind kind,
            String originalName,
            String contentType,
            long sizeBytes,
            String sha256,
            Account uploadedBy,
            LocalDateTime uploadedAt) {
        this.fileKey = fileKey;
        this.course = course;
        this.kind = kind;
        this.originalName = originalName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public String getFileKey() {
        return fileKey;
    }

    public Course getCourse() {
        return course;
    }

    public FileKind getKind() {
        return kind;
    }

    public String getOriginalName() {
        return originalName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public Account getUploadedBy() {
        return uploadedBy;
    }

    public LocalDateTime getUploadedAt() {
        return uploadedAt;
    }
}
