package vn.langso.web.assignments;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import vn.langso.kernel.BusinessException;
import vn.langso.kernel.InvalidInputException;
import vn.langso.learning.boundary.AssignmentOutcome;
import vn.langso.learning.boundary.AssignmentPreview;
import vn.langso.learning.boundary.AssignmentTeam;
import vn.langso.learning.boundary.CourseAssignments;
import vn.langso.web.faces.Pages;
import vn.langso.web.i18n.Messages;

/**
 * The assign form: a team (picked by name) or a unit (by code) and a due date; first how many members it would
 * enrol, then, once confirmed, the enrolment.
 */
@Named
@ViewScoped
public class AssignFormBacking implements Serializable {

    static final Map<String, String> INPUTS =
            Map.of("team", "assign:team", "unit", "assign:unitCode", "dueOn", "assign:dueOn");

    @Inject
    CourseAssignments assignments;

    @Inject
    AssignmentsBacking page;

    private String kind = "team";
    private AssignmentTeam team;
    private String unitCode;
    private LocalDate dueOn;
    private AssignmentPreview preview;

    public List<AssignmentTeam> completeTeam(String text) {
        return assignments.teams(text);
    }

    /** Counts before enrolling; the confirmation dialog opens only when the target and date are right. */
    public void askConfirmation() {
        try {
            long course = page.getCourse().id();
            preview = isToTeam()
                    ? assignments.previewTeam(course, teamId(), dueOn)
                    : assignments.previewUnit(course, unitCode, dueOn);
            PrimeFaces.current().executeScript("PF('confirmAssign').show()");
        } catch (BusinessException refusal) {
            Pages.refuse(refusal, INPUTS);
        }
    }

    public void assign() {
        try {
            long course = page.getCourse().id();
            AssignmentOutcome outcome = isToTeam()
                    ? assignments.assignToTeam(course, teamId(), dueOn)
                    : assignments.assignToUnit(course, unitCode, dueOn);
            page.reload();
            Messages.info("reports.assign.done", outcome.enrolled(), outcome.dueDateSet());
            team = null;
            unitCode = null;
            dueOn = null;
        } catch (BusinessException refusal) {
            Pages.refuse(refusal, INPUTS);
        }
    }

    private long teamId() {
        if (team == null) {
            throw new InvalidInputException("team", "reports.assign.teamUnknown");
        }
        return team.id();
    }

    public boolean isToTeam() {
        return "team".equals(kind);
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public AssignmentTeam getTeam() {
        return team;
    }

    public void setTeam(AssignmentTeam team) {
        this.team = team;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public AssignmentPreview getPreview() {
        return preview;
    }
}
