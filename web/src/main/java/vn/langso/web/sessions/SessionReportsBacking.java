package vn.langso.web.sessions;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.langso.kernel.BusinessException;
import vn.langso.kernel.LocalDates;
import vn.langso.kernel.NotFoundException;
import vn.langso.sessions.boundary.FacilitatorRow;
import vn.langso.sessions.boundary.SessionReports;
import vn.langso.sessions.boundary.SessionUnitTable;
import vn.langso.web.faces.Pages;

/**
 * The sessions report (sessions/reports.xhtml?unit=&from=&to=): per child unit of a unit of the caller's area, and
 * per facilitator, in a period (this month so far when none is given), with the same tables to download.
 */
@Named
@ViewScoped
public class SessionReportsBacking implements Serializable {

    @Inject
    SessionReports reports;

    private String unit;
    private String from;
    private String to;
    private Long unitId;
    private LocalDate fromDay;
    private LocalDate toDay;
    private SessionUnitTable table;
    private List<FacilitatorRow> facilitators = List.of();

    public void open() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (Stream.of("ADMIN", "TRAINER", "COORDINATOR", "TEAM_LEADER").noneMatch(external::isUserInRole)) {
            Pages.notFound();
            return;
        }
        unitId = unit == null || unit.isBlank() ? null : Pages.id(unit);
        if (unitId == null && unit != null && !unit.isBlank()) {
            Pages.notFound();
            return;
        }
        LocalDate today = LocalDates.today(Clock.systemUTC());
        fromDay = Pages.day(from, today.withDayOfMonth(1));
        toDay = Pages.day(to, today);
        from = fromDay.toString();
        to = toDay.toString();
        try {
            table = reports.byUnit(unitId, fromDay, toDay);
            facilitators = reports.byFacilitator(unitId, fromDay, toDay);
        } catch (NotFoundException e) {
            Pages.notFound();
        } catch (BusinessException refusal) {
            Pages.refuse(refusal, Map.of());
            table = null;
        }
    }

    /** The query of a download of this view's table: {@code units.csv?unit=..&from=..&to=..}. */
    public String exportPath(String file) {
        return SessionReportExportServlet.PATH + "/" + file + "?from=" + fromDay + "&to=" + toDay
                + (unitId == null ? "" : "&unit=" + unitId);
    }

    public SessionUnitTable getTable() {
        return table;
    }

    public List<FacilitatorRow> getFacilitators() {
        return facilitators;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
