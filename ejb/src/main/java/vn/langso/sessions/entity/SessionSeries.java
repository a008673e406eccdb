package vn.langso.sessions.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a series of sessions repeats: where, what is taught, who leads it, and when (the first start and the RFC 5545
 * rule, null for a one-off). {@code plannedUntil}: the occurrences up to this time exist as rows.
 */
@Entity
@Table(name = "session_series")
public class SessionSeries {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long unitId;
    private Long teamId;
    private String title;
    private String searchKey;
    /** Comma-separated names of {@code OutreachService}. */
    private String services;
    /** Comma-separated names of {@code BasicDigitalSkill}, or null. */
    private String skills;

    private Long courseId;
    private String place;
    private Integer capacity;
    private LocalDateTime firstStart;
    private int durationMinutes;
    private String rrule;
    private LocalDateTime plannedUntil;

    /** The plannedUntil of a series whose every session is a row: its rule has no start left. */
    public static final LocalDateTime PLANNED_FOR_GOOD = LocalDateTime.of(9999, 12, 31, 0, 0);

    private String createdBy;

    @Column(name = "created_at")
    private LocalDateTime createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "session_facilitator", joinColumns = @JoinColumn(name = "series_id"))
    @Column(name = "member_id")
    private Set<Long> facilitators = new LinkedHashSet<>();

    @Version
    private long version;

    protected SessionSeries() {}

    public SessionSeries(long unitId, Long teamId, String createdBy, LocalDateTime createdAt) {
        this.unitId = unitId;
        this.teamId = teamId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void describe(
            String title,
            String searchKey,
            String services,
            String skills,
            Long courseId,
            String place,
            Integer capacity,
            Set<Long> facilitators) {
        this.title = title;
        this.searchKey = searchKey;
        this.services = services;
        this.skills = skills;
        this.courseId = courseId;
        this.place = place;
        this.capacity = capacity;
        this.facilitators.clear();
        this.facilitators.addAll(facilitators);
    }

    public void schedule(LocalDateTime firstStart, int durationMinutes, String rrule) {
        this.firstStart = firstStart;
        this.durationMinutes = durationMinutes;
        this.rrule = rrule;
        this.plannedUntil = firstStart;
    }

    /** Its sessions from a day on belong to another series now: its rule ends before, and every session is a row. */
    public void endBefore(String cutRule) {
        this.rrule = cutRule;
        this.plannedUntil = PLANNED_FOR_GOOD;
    }

    public void plannedUntil(LocalDateTime until) {
        this.plannedUntil = until;
    }

    public Long getId() {
        return id;
    }

    public long getUnitId() {
        return unitId;
    }

    public Long getTeamId() {
        return teamId;
    }

    public String getTitle() {
        return title;
    }

    public String getServices() {
        return services;
    }

    public String getSkills() {
        return skills;
    }

    public Long getCourseId() {
        return courseId;
    }

    public String getPlace() {
        return place;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public LocalDateTime getFirstStart() {
        return firstStart;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public String getRrule() {
        return rrule;
    }

    public LocalDateTime getPlannedUntil() {
        return plannedUntil;
    }

    public Set<Long> getFacilitators() {
        return Set.copyOf(facilitators);
    }
}
