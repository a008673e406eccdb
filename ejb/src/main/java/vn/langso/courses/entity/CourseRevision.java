package vn.langso.courses.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.langso.kernel.OutreachService;
import vn.langso.kernel.SearchKey;

/** One version of a course's content: its description and its ordered sections. Frozen once published. */
@Entity
public class CourseRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Course course;

    private int number;

    @NotBlank
    @Size(max = 200)
    private String title;

    private String searchKey;

    @Size(max = 2000)
    private String summary;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cover_file_id")
    private StoredFile cover;

    @NotBlank
    @Size(max = 8)
    private String language = "vi";

    @Positive
    private Integer estimatedMinutes;

    @ElementCollection
    @CollectionTable(name = "course_revision_service", joinColumns = @JoinColumn(name = "revision_id"))
    @Column(name = "service_code")
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Set<OutreachService> services = EnumSet.noneOf(OutreachService.class);

    @OneToMany(mappedBy = "revision")
    @OrderBy("position")
    private List<CourseSection> sections = new ArrayList<>();

    private LocalDateTime createdAt;

    private LocalDateTime publishedAt;

    @Version
    private long version;

    protected CourseRevision() {}

    public CourseRevision(Course course, int number, String title, LocalDateTime createdAt) {
        this.course = course;
        this.number = number;
        this.title = title;
        this.createdAt = createdAt;
    }

    /** A new draft with this revision's description; the sections are copied separately. */
    public CourseRevision draftCopy(int newNumber, LocalDateTime now) {
        CourseRevision copy = new CourseRevision(course, newNumber, title, now);
        copy.summary = summary;
        copy.cover = cover;
        copy.language = language;
        copy.estimatedMinutes = estimatedMinutes;
        copy.services.addAll(services);
        return copy;
    }

    public long lessonCount() {
        return sections.stream().mapToLong(s -> s.getLessons().size()).sum();
    }

    /** Whether a learner has any lesson to finish: completing a course means finishing its required lessons. */
    public boolean hasRequiredLesson() {
        return sections.stream().flatMap(s -> s.getLessons().stream()).anyMatch(Lesson::isRequired);
    }

    /** Lessons a learner could not follow yet: a video or document without its file, a link without its address. */
    public List<Lesson> lessonsWithoutContent() {
        return sections.stream()
                .flatMap(s -> s.getLessons().stream())
                .filter(l -> !l.hasContent())
                .toList();
    }

    /** The sections in their order, whatever order they were added to the list in. */
    public List<CourseSection> orderedSections() {
        return sections.stream()
                .sorted(Comparator.comparingInt(CourseSection::getPosition))
                .toList();
    }

    @PrePersist
    @PreUpdate
    void keepSearchKey() {
        searchKey = SearchKey.of(title);
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    public Long getId() {
        return id;
    }

    public Course getCourse() {
        return course;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public StoredFile getCover() {
        return cover;
    }

    public void setCover(StoredFile cover) {
        this.cover = cover;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Integer getEstimatedMinutes() {
        return estimatedMinutes;
    }

    public void setEstimatedMinutes(Integer estimatedMinutes) {
        this.estimatedMinutes = estimatedMinutes;
    }

    public Set<OutreachService> getServices() {
        return services;
    }

    public List<CourseSection> getSections() {
        return sections;
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
}
