package vn.langso.learning.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import vn.langso.courses.entity.Course;
import vn.langso.org.entity.Member;

/**
 * A member's place in a course: when they enrolled, whether an assignment brought them there and by when, where they
 * left off, and how many of the published revision's required lessons they have done.
 */
@Entity
public class Enrolment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Course course;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Member member;

    private LocalDateTime enrolledAt;

    @ManyToOne(fetch = FetchType.LAZY)
    private CourseAssignment assignment;

    private LocalDate dueOn;

    private String lastLessonKey;

    private int lessonsDone;

    private int lessonsRequired;

    private LocalDateTime completedAt;

    @Version
    private long version;

    protected Enrolment() {}

    public Enrolment(Course course, Member member, LocalDateTime enrolledAt) {
        this.course = course;
        this.member = member;
        this.enrolledAt = enrolledAt;
    }

    public boolean isCompleted() {
        return completedAt != null;
    }

    public boolean isOverdue(LocalDate today) {
        return completedAt == null && dueOn != null && dueOn.isBefore(today);
    }

    public Long getId() {
        return id;
    }

    public Course getCourse() {
        return course;
    }

    public Member getMember() {
        return member;
    }

    public LocalDateTime getEnrolledAt() {
        return enrolledAt;
    }

    public CourseAssignment getAssignment() {
        return assignment;
    }

    public void setAssignment(CourseAssignment assignment) {
        this.assignment = assignment;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public String getLastLessonKey() {
        return lastLessonKey;
    }

    public void setLastLessonKey(String lastLessonKey) {
        this.lastLessonKey = lastLessonKey;
    }

    public int getLessonsDone() {
        return lessonsDone;
    }

    public int getLessonsRequired() {
        return lessonsRequired;
    }

    public LocalDateTime getCompletedAt() {
        return completedAt;
    }

    /** Records the counts for the current revision; complete when every required lesson is done, once. */
    public void recordProgress(int done, int required, LocalDateTime now) {
        this.lessonsDone = done;
        this.lessonsRequired = required;
        if (completedAt == null && required > 0 && done >= required) {
            completedAt = now;
        }
    }
}
