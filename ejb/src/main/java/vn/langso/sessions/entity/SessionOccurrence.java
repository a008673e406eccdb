package vn.langso.sessions.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.function.Supplier;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One session of a series on its day. {@code recurrenceStart} is the start the rule gave (iCalendar's RECURRENCE-ID)
 * and never changes; moving the session changes {@code startsAt} and {@code endsAt}.
 */
@Entity
@Table(name = "session_occurrence")
public class SessionOccurrence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "series_id")
    private SessionSeries series;

    private long unitId;
    private LocalDateTime recurrenceStart;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private OccurrenceStatus status = OccurrenceStatus.SCHEDULED;

    private String cancelReason;
    private int peopleAttended;
    private int householdsAttended;
    private String checkInSecret;

    @Version
    private long version;

    protected SessionOccurrence() {}

    public Long getId() {
        return id;
    }

    /** The secret of its self check-in code, made the first time the code is shown. */
    public String checkInSecret(Supplier<String> newSecret) {
        if (checkInSecret == null) {
            checkInSecret = newSecret.get();
        }
        return checkInSecret;
    }

    public String getCheckInSecret() {
        return checkInSecret;
    }

    public SessionSeries getSeries() {
        return series;
    }

    public long getUnitId() {
        return unitId;
    }

    public LocalDateTime getRecurrenceStart() {
        return recurrenceStart;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public OccurrenceStatus getStatus() {
        return status;
    }

    /** Grows with every change: an .ics feed's SEQUENCE, so a phone's calendar takes the change. */
    public long getVersion() {
        return version;
    }

    public int getPeopleAttended() {
        return peopleAttended;
    }

    /** Kept with the attendance rows in their transaction, under this row's lock (see the capacity check). */
    public void attendanceChanged(int people, int households) {
        peopleAttended += people;
        householdsAttended += households;
    }

    public void cancel(String reason) {
        status = OccurrenceStatus.CANCELLED;
        cancelReason = reason;
    }

    public void moveTo(LocalDateTime start) {
        endsAt = start.plusMinutes(series.getDurationMinutes());
        startsAt = start;
    }
}
