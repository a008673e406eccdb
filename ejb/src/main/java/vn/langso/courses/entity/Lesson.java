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
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A lesson of a course revision. {@code lessonKey} is the lesson's identity across revisions: the copy of a lesson
 * in a new draft keeps it, so a learner's progress still counts after the edit is published.
 */
@Entity
public class Lesson {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private CourseRevision revision;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private CourseSection section;

    private String lessonKey;

    private int position;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private LessonKind kind;

    @NotBlank
    @Size(max = 200)
    private String title;

    /** Sanitized HTML, never what the editor sent. */
    private String body;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "video_file_id")
    private StoredFile videoFile;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "document_file_id")
    private StoredFile documentFile;

    @Size(max = 1000)
    private String linkUrl;

    private boolean required = true;

    @Positive
    private Integer estimatedMinutes;

    @Version
    private long version;

    protected Lesson() {}

    public Lesson(CourseSection section, String lessonKey, int position, LessonKind kind, String title) {
        this.revision = section.getRevision();
        this.section = section;
        this.lessonKey = lessonKey;
        this.position = position;
        this.kind = kind;
        this.title = title;
    }

    /** The same lesson, key included, in a section of another revision: progress on it keeps counting. */
    public Lesson copyInto(CourseSection target) {
        Lesson copy = new Lesson(target, lessonKey, position, kind, title);
        copy.body = body;
        copy.videoFile = videoFile;
        copy.documentFile = documentFile;
        copy.linkUrl = linkUrl;
        copy.required = required;
        copy.estimatedMinutes = estimatedMinutes;
        return copy;
    }

    /** Whether a learner would find something in it: a video or document lesson needs its file (or a link). */
    public boolean hasContent() {
        return switch (kind) {
            case TEXT -> true;
            case VIDEO -> videoFile != null || linkUrl != null;
            case DOCUMENT -> documentFile != null;
            case LINK -> linkUrl != null;
            // Its questions are checked by the quiz itself, which a course cannot see.
            case QUIZ -> true;
        };
    }

    public Long getId() {
        return id;
    }

    public CourseRevision getRevision() {
        return revision;
    }

    public CourseSection getSection() {
        return section;
    }

    public void setSection(CourseSection section) {
        this.section = section;
    }

    public String getLessonKey() {
        return lessonKey;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public LessonKind getKind() {
        return kind;
    }

    public void setKind(LessonKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public StoredFile getVideoFile() {
        return videoFile;
    }

    public void setVideoFile(StoredFile videoFile) {
        this.videoFile = videoFile;
    }

    public StoredFile getDocumentFile() {
        return documentFile;
    }

    public void setDocumentFile(StoredFile documentFile) {
        this.documentFile = documentFile;
    }

    public String getLinkUrl() {
        return linkUrl;
    }

    public void setLinkUrl(String linkUrl) {
        this.linkUrl = linkUrl;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public Integer getEstimatedMinutes() {
        return estimatedMinutes;
    }

    public void setEstimatedMinutes(Integer estimatedMinutes) {
        this.estimatedMinutes = estimatedMinutes;
    }
}
