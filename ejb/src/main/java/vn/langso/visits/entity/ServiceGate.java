package vn.langso.visits.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.langso.kernel.OutreachService;

/** The certificate (a skill, by id) a member needs to record a service DONE or PARTIAL; off when not gated. */
@Entity
public class ServiceGate {

    @Id
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private OutreachService service;

    private Long skillId;
    private boolean gated = true;

    @Version
    private long version;

    protected ServiceGate() {}

    public ServiceGate(OutreachService service) {
        this.service = service;
    }

    public OutreachService getService() {
        return service;
    }

    public Long getSkillId() {
        return skillId;
    }

    public boolean isGated() {
        return gated && skillId != null;
    }

    public void set(Long skillId, boolean gated) {
        this.skillId = skillId;
        this.gated = gated;
    }
}
