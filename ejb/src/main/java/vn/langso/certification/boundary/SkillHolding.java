package vn.langso.certification.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.langso.certification.entity.CertificateStatus;

/**
 * What other components may ask of certification: the skills, and whether a member held a valid certificate of a
 * skill on a day (issued by then, not yet expired, never revoked), whatever the nightly job has marked so far.
 */
@Dependent
public class SkillHolding {

    public record SkillRef(long id, String code, String name) {}

    @PersistenceContext
    EntityManager em;

    public boolean heldOn(long memberId, long skillId, LocalDate day) {
        return !em.createQuery(
                        "select c.id from Certificate c where c.member.id = :member and c.skill.id = :skill"
                                + " and c.status <> :revoked and c.issuedOn <= :day and c.expiresOn >= :day",
                        Long.class)
                .setParameter("member", memberId)
                .setParameter("skill", skillId)
                .setParameter("revoked", CertificateStatus.REVOKED)
                .setParameter("day", day)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    public List<SkillRef> activeSkills() {
        return em
                .createQuery(
                        "select s.id, s.code, s.name from Skill s where s.active = true order by s.name",
                        Object[].class)
                .getResultList()
                .stream()
                .map(row -> new SkillRef((Long) row[0], (String) row[1], (String) row[2]))
                .toList();
    }

    public Optional<SkillRef> skill(long id) {
        return activeSkills().stream().filter(s -> s.id() == id).findFirst();
    }
}
