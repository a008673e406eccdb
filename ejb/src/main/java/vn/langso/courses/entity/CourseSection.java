package vn.langso.courses.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A part of a course revision, with its lessons in order. */
@Entity
public class CourseSection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private CourseRevision revision;

    private int position;

    @NotBlank
    @Size(max = 200)
    private String title;

    @OneToMany(mappedBy = "section")
    @OrderBy("position")
    private List<Lesson> lessons = new ArrayList<>();

    @Version
    private long version;

    protected CourseSection() {}

    public CourseSection(CourseRevision revision, int position, String title) {
        this.revision = revision;
        this.position = position;
        this.title = title;
    }

    /** The lessons in their order, whatever order they were added to the list in. */
    public List<Lesson> orderedLessons() {
        return lessons.stream()
                .sorted(Comparator.comparingInt(Lesson::getPosition))
                .toList();
    }

    public Long getId() {
        return id;
    }

    public CourseRevision getRevision() {
        return revision;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public List<Lesson> getLessons() {
        return lessons;
    }
}
