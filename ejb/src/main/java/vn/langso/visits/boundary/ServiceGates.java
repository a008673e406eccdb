package vn.langso.visits.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.langso.certification.boundary.SkillHolding;
import vn.langso.certification.boundary.SkillHolding.SkillRef;
import vn.langso.kernel.InvalidInputException;
import vn.langso.kernel.OutreachService;
import vn.langso.visits.entity.ServiceGate;

/** The admin maps each service to the skill whose certificate it needs, and switches a gate off or on. */
@Stateless
@RolesAllowed("ADMIN")
public class ServiceGates {

    public record GateView(OutreachService service, Long skillId, String skillName, boolean gated) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    SkillHolding holding;

    @RolesAllowed({"ADMIN", "COORDINATOR", "TEAM_LEADER", "MEMBER", "TRAINER"})
    public List<GateView> list() {
        Map<OutreachService, ServiceGate> gates = em.createQuery("select g from ServiceGate g", ServiceGate.class)
                .getResultStream()
                .collect(Collectors.toMap(ServiceGate::getService, Function.identity()));
        Map<Long, String> skills =
                holding.activeSkills().stream().collect(Collectors.toMap(SkillRef::id, SkillRef::name));
        return Arrays.stream(OutreachService.values())
                .map(service -> {
                    ServiceGate gate = gates.get(service);
                    Long skill = gate == null ? null : gate.getSkillId();
                    return new GateView(
                            service, skill, skill == null ? null : skills.get(skill), gate != null && gate.isGated());
                })
                .toList();
    }

    public List<SkillRef> skills() {
        return holding.activeSkills();
    }

    public GateView set(OutreachService service, Long skillId, boolean gated) {
        if (skillId != null && holding.skill(skillId).isEmpty()) {
            throw new InvalidInputException("skillId", "gate.skillUnknown");
        }
        if (gated && skillId == null) {
            throw new InvalidInputException("skillId", "gate.skillMissing");
        }
        ServiceGate gate = em.find(ServiceGate.class, service);
        if (gate == null) {
            gate = new ServiceGate(service);
            em.persist(gate);
        }
        gate.set(skillId, gated);
        em.flush();
        return list().stream().filter(g -> g.service() == service).findFirst().orElseThrow();
    }
}
