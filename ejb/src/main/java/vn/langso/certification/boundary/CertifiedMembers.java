package vn.langso.certification.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import vn.langso.certification.control.CertifiedReportQuery;
import vn.langso.kernel.AreaScope;
import vn.langso.kernel.LocalDates;

/**
 * Members certified per skill in an area, as another component counts them (coverage), by the same rules as the
 * certified-by-unit report. PermitAll: it answers for the area the asking boundary decided the caller may see.
 */
@Stateless
@PermitAll
public class CertifiedMembers {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public List<SkillCertified> in(AreaScope area) {
        CertifiedReportQuery.Totals totals = new CertifiedReportQuery(em, area, null).totals(LocalDates.today(clock));
        return CertifiedReportQuery.activeSkills(em).stream()
                .map(skill -> new SkillCertified(
                        skill.code(),
                        skill.name(),
                        totals.members(),
                        totals.certifiedBySkill().getOrDefault(skill.id(), 0L)))
                .toList();
    }
}
