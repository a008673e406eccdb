package vn.langso.web.certification;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.langso.certification.boundary.CertificationReports;
import vn.langso.certification.boundary.CertificationReports.TeamTable;
import vn.langso.web.faces.Pages;

/** The team leader's table: their team's members against the active skills. */
@Named
@ViewScoped
public class TeamCertificatesBacking implements Serializable {

    @Inject
    CertificationReports reports;

    private TeamTable team;

    public void open() {
        if (!FacesContext.getCurrentInstance().getExternalContext().isUserInRole("TEAM_LEADER")) {
            Pages.notFound();
            return;
        }
        team = reports.myTeam();
    }

    public TeamTable getTeam() {
        return team;
    }
}
