package vn.langso.courses.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.langso.accounts.entity.Account;

/**
 * A course: the stable identity that enrolments, assignments and files refer to. Its content is in revisions; the
 * published one is what learners see, the draft one is what trainers edit.
 */
@Entity
public class Course {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private CourseStatus status = CourseStatus.DRAFT;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Account owner;

    @ManyToMany
    @JoinTable(
            name = "course_trainer",
            joinColumns = @JoinColumn(name = "course_id"),
            inverseJoinColumns = @JoinColumn(name = "account_id"))
    private Set<Account> coTrainers = new HashSet<>();

    @ManyToOne(fetch = FetchType.LAZY)
    private CourseRevision publishedRevision;

    @ManyToOne(fetch = FetchType.LAZY)
    private CourseRevision draftRevision;

    private LocalDateTime createdAt;

    private LocalDateTime publishedAt;

    private LocalDateTime archivedAt;

    @Version
    private long version;

    protected Course() {}

    public Course(Account owner, LocalDateTime createdAt) {
        this.owner = owner;
        this.createdAt = createdAt;
    }

    /** What editors work on: the draft when there is one, else what learners see. */
    public CourseRevision currentRevision() {
        return draftRevision != null ? draftRevision : publishedRevision;
    }

    /** The draft becomes what learners see; the revision it replaces stays, unchanged, as history. */
    public void publish(CourseRevision draft, LocalDateTime now) {
        draft.setPublishedAt(now);
        publishedRevision = draft;
        draftRevision = null;
        publishedAt = now;
        status = CourseStatus.PUBLISHED;
    }

    /** Out of the catalogue; enrolments, progress and revisions all stay. */
    public void archive(LocalDateTime now) {
        status = CourseStatus.ARCHIVED;
        archivedAt = now;
    }

    /** Back to where it was before archiving: in the catalogue if it was ever published. */
    public void restore() {
        status = publishedRevision == null ? CourseStatus.DRAFT : CourseStatus.PUBLISHED;
        archivedAt = null;
    }

    public boolean isOwnedBy(Account account) {
        return owner.getId().equals(account.getId());
    }

    public Long getId() {
        return id;
    }

    public CourseStatus getStatus() {
        return status;
    }

    public void setStatus(CourseStatus status) {
        this.status = status;
    }

    public Account getOwner() {
        return owner;
    }

    public Set<Account> getCoTrainers() {
        return coTrainers;
    }

    public CourseRevision getPublishedRevision() {
        return publishedRevision;
    }

    public void setPublishedRevision(CourseRevision publishedRevision) {
        this.publishedRevision = publishedRevision;
    }

    public CourseRevision getDraftRevision() {
        return draftRevision;
    }

    public void setDraftRevision(CourseRevision draftRevision) {
        this.draftRevision = draftRevision;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }

    public void setPublishedAt(LocalDateTime publishedAt) {
        this.publishedAt = publishedAt;
    }

    public LocalDateTime getArchivedAt() {
        return archivedAt;
    }

    public void setArchivedAt(LocalDateTime archivedAt) {
        this.archivedAt = archivedAt;
    }

    public long getVersion() {
        return version;
    }
}
