package vn.langso.web.certification;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.langso.certification.boundary.CertificationReports;
import vn.langso.certification.boundary.CertificationReports.UnitTable;
import vn.langso.kernel.NotFoundException;
import vn.langso.web.faces.Pages;

/**
 * Members certified per child unit and skill below a unit ({@code ?unit=id}; without one, the top of the caller's
 * area), for coordinators and admins, with the CSV of the same rows.
 */
@Named
@ViewScoped
public class UnitCertificatesBacking implements Serializable {

    @Inject
    CertificationReports reports;

    private String unit;
    private Long unitId;
    private UnitTable table;

    public void open() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (!external.isUserInRole("ADMIN") && !external.isUserInRole("COORDINATOR")) {
            Pages.notFound();
            return;
        }
        unitId = unit == null || unit.isBlank() ? null : Pages.id(unit);
        if (unitId == null && unit != null && !unit.isBlank()) {
            Pages.notFound();
            return;
        }
        try {
            table = reports.byUnit(unitId);
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    public String getExportPath() {
        return CertifiedUnitsCsvServlet.PATH + (unitId == null ? "" : "?unit=" + unitId);
    }

    public UnitTable getTable() {
        return table;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }
}
