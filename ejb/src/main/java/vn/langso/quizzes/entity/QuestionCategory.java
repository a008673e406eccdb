package vn.langso.quizzes.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.langso.courses.entity.Course;

/** A category of a course's question bank, named by its GIFT path ("VNeID/Kích hoạt"), unique in the course. */
@Entity
public class QuestionCategory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Course course;

    @NotBlank
    @Size(max = 255)
    private String name;

    @Version
    private long version;

    protected QuestionCategory() {}

    public QuestionCategory(Course course, String name) {
        this.course = course;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public Course getCourse() {
        return course;
    }

    public String getName() {
        return name;
    }
}
