package vn.langso.web.visits;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.langso.certification.boundary.SkillHolding.SkillRef;
import vn.langso.kernel.BusinessException;
import vn.langso.kernel.OutreachService;
import vn.langso.visits.boundary.ServiceGates;
import vn.langso.visits.boundary.ServiceGates.GateView;
import vn.langso.web.faces.Pages;
import vn.langso.web.i18n.Messages;

/** The admin maps each outreach service to the skill whose certificate it needs, and switches gates off or on. */
@Named
@ViewScoped
public class GatesBacking implements Serializable {

    /** One service as the form edits it. */
    public static class Row implements Serializable {
        private final String service;
        private Long skillId;
        private boolean gated;

        Row(GateView gate) {
            this.service = gate.service().name();
            this.skillId = gate.skillId();
            this.gated = gate.gated();
        }

        public String getService() {
            return service;
        }

        public Long getSkillId() {
            return skillId;
        }

        public void setSkillId(Long skillId) {
            this.skillId = skillId;
        }

        public boolean isGated() {
            return gated;
        }

        public void setGated(boolean gated) {
            this.gated = gated;
        }
    }

    @Inject
    ServiceGates gates;

    private List<Row> rows = List.of();
    private List<SkillRef> skills = List.of();

    public void open() {
        if (VisitPages.anyRoleOr404("ADMIN")) {
            rows = new ArrayList<>(gates.list().stream().map(Row::new).toList());
            skills = gates.skills();
        }
    }

    public void save(Row row) {
        try {
            gates.set(OutreachService.valueOf(row.getService()), row.getSkillId(), row.isGated());
            Messages.info("visits.gates.saved");
        } catch (BusinessException refusal) {
            Pages.refuse(refusal, Map.of());
        }
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<SkillRef> getSkills() {
        return skills;
    }
}
