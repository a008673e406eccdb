package vn.langso.visits.entity;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.langso.kernel.OutreachService;

/** One service helped with on a visit, its outcome, a note, and for PARTIAL when to come back. */
@Embeddable
public class ServiceOutcome {

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private OutreachService service;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Outcome outcome;

    private String note;
    private LocalDate followUpOn;

    protected ServiceOutcome() {}

    public ServiceOutcome(OutreachService service, Outcome outcome, String note, LocalDate followUpOn) {
        this.service = service;
        this.outcome = outcome;
        this.note = note;
        this.followUpOn = followUpOn;
    }

    public OutreachService getService() {
        return service;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getNote() {
        return note;
    }

    public LocalDate getFollowUpOn() {
        return followUpOn;
    }
}
