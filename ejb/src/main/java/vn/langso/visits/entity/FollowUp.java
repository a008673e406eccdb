package vn.langso.visits.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.langso.kernel.OutreachService;

/**
 * A service left PARTIAL at a household: due on a day, closed by a later visit that records it DONE. Written by
 * {@code FollowUpKeeper} with an insert that the unique open key keeps to one open follow-up per household and service.
 */
@Entity
public class FollowUp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long householdId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private OutreachService service;

    private long memberId;
    private long teamId;
    private long unitId;
    private String openedByVisit;
    private LocalDate dueOn;
    private String closedByVisit;
    private LocalDate closedOn;
    private String openKey;

    protected FollowUp() {}

    public Long getId() {
        return id;
    }

    public long getHouseholdId() {
        return householdId;
    }

    public OutreachService getService() {
        return service;
    }

    public long getMemberId() {
        return memberId;
    }

    public long getTeamId() {
        return teamId;
    }

    public long getUnitId() {
        return unitId;
    }

    public String getOpenedByVisit() {
        return openedByVisit;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getClosedByVisit() {
        return closedByVisit;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public String getOpenKey() {
        return openKey;
    }
}
