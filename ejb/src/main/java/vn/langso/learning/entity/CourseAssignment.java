package vn.langso.learning.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalDateTime;
import vn.langso.accounts.entity.Account;
import vn.langso.courses.entity.Course;
import vn.langso.org.entity.AdminUnit;
import vn.langso.org.entity.Team;

/** A course given to one team, or to every team of a unit's subtree, to be completed by a date. */
@Entity
public class CourseAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Course course;

    /** Exactly one of team and unit is set. */
    @ManyToOne(fetch = FetchType.LAZY)
    private Team team;

    @ManyToOne(fetch = FetchType.LAZY)
    private AdminUnit unit;

    @NotNull
    private LocalDate dueOn;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assigned_by")
    private Account assignedBy;

    private LocalDateTime assignedAt;

    @Version
    private long version;

    protected CourseAssignment() {}

    private CourseAssignment(
            Course course, Team team, AdminUnit unit, LocalDate dueOn, Account assignedBy, LocalDateTime assignedAt) {
        this.course = course;
        this.team = team;
        this.unit = unit;
        this.dueOn = dueOn;
        this.assignedBy = assignedBy;
        this.assignedAt = assignedAt;
    }

    public static CourseAssignment toTeam(
            Course course, Team team, LocalDate dueOn, Account assignedBy, LocalDateTime assignedAt) {
        return new CourseAssignment(course, team, null, dueOn, assignedBy, assignedAt);
    }

    public static CourseAssignment toUnitSubtree(
            Course course, AdminUnit unit, LocalDate dueOn, Account assignedBy, LocalDateTime assignedAt) {
        return new CourseAssignment(course, null, unit, dueOn, assignedBy, assignedAt);
    }

    public Long getId() {
        return id;
    }

    public Course getCourse() {
        return course;
    }

    public Team getTeam() {
        return team;
    }

    public AdminUnit getUnit() {
        return unit;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public Account getAssignedBy() {
        return assignedBy;
    }

    public LocalDateTime getAssignedAt() {
        return assignedAt;
    }
}
