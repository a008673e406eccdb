package vn.langso.visits.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A doubt about a visit, raised when it was stored; a team leader or coordinator resolves it with a note. */
@Entity
public class VisitFlag {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String visitId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private FlagKind kind;

    private String detail;
    private long teamId;
    private long unitId;
    private LocalDateTime raisedAt;
    private LocalDateTime resolvedAt;
    private Long resolvedBy;
    private String resolutionNote;

    protected VisitFlag() {}

    public void resolve(long accountId, String note, LocalDateTime now) {
        this.resolvedAt = now;
        this.resolvedBy = accountId;
        this.resolutionNote = note;
    }

    public Long getId() {
        return id;
    }

    public String getVisitId() {
        return visitId;
    }

    public FlagKind getKind() {
        return kind;
    }

    public String getDetail() {
        return detail;
    }

    public long getTeamId() {
        return teamId;
    }

    public long getUnitId() {
        return unitId;
    }

    public LocalDateTime getRaisedAt() {
        return raisedAt;
    }

    public LocalDateTime getResolvedAt() {
        return resolvedAt;
    }

    public String getResolutionNote() {
        return resolutionNote;
    }
}
