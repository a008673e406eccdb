package vn.langso.certification;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import vn.langso.demo.control.DemoCertification;

/**
 * Loads the demo's skills in a transaction it then rolls back, unless the database already holds them (the demo was
 * loaded at its creation); answers each demo skill's code with how many courses its rule requires.
 */
@Stateless
public class DemoCertificationProbe {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @SuppressWarnings("unchecked")
    public List<String> skillsAndRuleCourses() {
        boolean loaded = !em.createNativeQuery("select id from skill where code = 'PUBLIC_SERVICES'")
                .getResultList()
                .isEmpty();
        if (!loaded) {
            DemoCertification.load(em, clock);
        }
        List<String> skills = em.createNativeQuery("select concat(s.code, '=', count(rc.course_id)) from skill s"
                        + " left join certification_rule r on r.skill_id = s.id"
                        + " left join certification_rule_course rc on rc.rule_id = r.id"
                        + " where s.code in ('PUBLIC_SERVICES', 'ONLINE_SHOPPING', 'ONLINE_PAYMENT', 'ONLINE_SAFETY',"
                        + " 'LOCAL_PLATFORMS') group by s.code order by s.code")
                .getResultList();
        if (!loaded) {
            session.setRollbackOnly();
        }
        return skills;
    }
}
