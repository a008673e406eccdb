package vn.langso.sessions.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A household (with the residents who came) or a team member at one session, under the UUID the recording phone made.
 */
@Entity
@Table(name = "session_attendance")
public class Attendance {

    @Id
    private String id;

    private long occurrenceId;
    private Long householdId;
    private Long memberId;
    private long unitId;
    private int people;
    private String bodyHash;
    private long recordedBy;
    private LocalDateTime recordedAt;
    private LocalDateTime updatedAt;

    @ElementCollection
    @CollectionTable(name = "session_attendance_resident", joinColumns = @JoinColumn(name = "attendance_id"))
    @OrderColumn(name = "position")
    private List<Attendee> residents = new ArrayList<>();

    @Version
    private long version;

    protected Attendance() {}

    public Attendance(String id, long occurrenceId, long recordedBy, LocalDateTime recordedAt) {
        this.id = id;
        this.occurrenceId = occurrenceId;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** Who came: a household with its residents, or a member (no residents, one person). */
    public void record(
            Long householdId,
            Long memberId,
            long unitId,
            List<Attendee> residents,
            String bodyHash,
            LocalDateTime now) {
        this.householdId = householdId;
        this.memberId = memberId;
        this.unitId = unitId;
        this.residents.clear();
        this.residents.addAll(residents);
        this.people = Math.max(1, residents.size());
        this.bodyHash = bodyHash;
        this.updatedAt = now;
    }

    public String getId() {
        return id;
    }

    public long getOccurrenceId() {
        return occurrenceId;
    }

    public Long getHouseholdId() {
        return householdId;
    }

    public Long getMemberId() {
        return memberId;
    }

    public long getUnitId() {
        return unitId;
    }

    public int getPeople() {
        return people;
    }

    public String getBodyHash() {
        return bodyHash;
    }

    public List<Attendee> getResidents() {
        return List.copyOf(residents);
    }
}
