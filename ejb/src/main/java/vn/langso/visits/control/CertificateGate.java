package vn.langso.visits.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.langso.certification.boundary.SkillHolding;
import vn.langso.certification.boundary.SkillHolding.SkillRef;
import vn.langso.kernel.OutreachService;
import vn.langso.visits.boundary.CertificateRequiredException;
import vn.langso.visits.boundary.VisitInput;
import vn.langso.visits.boundary.VisitInput.ServiceInput;
import vn.langso.visits.entity.ServiceGate;

/**
 * Certification gates fieldwork: a member records a gated service DONE or PARTIAL only holding a valid certificate
 * of its skill on the visit's day. DECLINED and NOT_ELIGIBLE need none: noting a refusal is not doing the work.
 */
@Dependent
public class CertificateGate {

    @PersistenceContext
    EntityManager em;

    @Inject
    SkillHolding holding;

    public void requireCertificates(long memberId, VisitInput visit) {
        Map<OutreachService, ServiceGate> gates = em.createQuery("select g from ServiceGate g", ServiceGate.class)
                .getResultStream()
                .collect(Collectors.toMap(ServiceGate::getService, Function.identity()));
        for (ServiceInput service : visit.services()) {
            ServiceGate gate = gates.get(service.code());
            if (gate == null || !gate.isGated() || !service.outcome().needsCertificate()) {
                continue;
            }
            if (!holding.heldOn(memberId, gate.getSkillId(), visit.visitedAt().toLocalDate())) {
                String skill =
                        holding.skill(gate.getSkillId()).map(SkillRef::name).orElse("?");
                throw new CertificateRequiredException(service.code().name(), skill);
            }
        }
    }
}
