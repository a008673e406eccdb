package vn.langso.web.coverage;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.langso.coverage.boundary.Coverage;
import vn.langso.coverage.boundary.CoverageRow;
import vn.langso.coverage.boundary.CoverageTable;
import vn.langso.coverage.boundary.CoverageTargets;
import vn.langso.coverage.boundary.HouseholdCoverageRow;
import vn.langso.coverage.boundary.Indicator;
import vn.langso.coverage.boundary.ServiceFunnel;
import vn.langso.coverage.boundary.TargetView;
import vn.langso.coverage.boundary.TrendPoint;
import vn.langso.kernel.BusinessException;
import vn.langso.kernel.NotFoundException;
import vn.langso.web.faces.PagedModel;
import vn.langso.web.faces.Pages;
import vn.langso.web.i18n.Messages;

/**
 * The coverage dashboard (coverage/dashboard.xhtml?unit=&from=&to=): a unit of the caller's area (the top of it when
 * none is given) for a period (this month so far by default): headline figures, the trend, the child units to drill
 * into and, at a hamlet, its households.
 */
@Named
@ViewScoped
public class CoverageBacking implements Serializable {

    @Inject
    Coverage coverage;

    @Inject
    CoverageTargets targets;

    private String unit;
    private String from;
    private String to;
    private Long unitId;
    private LocalDate fromDay;
    private LocalDate toDay;
    private CoverageTable table;
    private List<TrendPoint> trend = List.of();
    private PagedModel<HouseholdCoverageRow> households;
    private List<TargetView> ownTargets = List.of();
    private Indicator indicator = Indicator.PROFICIENT;
    private BigDecimal percent;
    private LocalDate dueOn;

    public void open() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (Stream.of("ADMIN", "COORDINATOR", "TEAM_LEADER").noneMatch(external::isUserInRole)) {
            Pages.notFound();
            return;
        }
        unitId = unit == null || unit.isBlank() ? null : Pages.id(unit);
        if (unitId == null && unit != null && !unit.isBlank()) {
            Pages.notFound();
            return;
        }
        LocalDate today = Pages.today();
        fromDay = Pages.day(from, today.withDayOfMonth(1));
        toDay = Pages.day(to, today);
        from = fromDay.toString();
        to = toDay.toString();
        try {
            table = coverage.byUnit(unitId, fromDay, toDay);
            trend = coverage.trend(unitId);
            if (table.parent() != null) {
                ownTargets = targets.of(table.parent().id());
            }
            if (table.parent() != null && table.rows().isEmpty()) {
                long hamlet = table.parent().id();
                households = new PagedModel<>(
                        request -> coverage.households(hamlet, null, request), HouseholdCoverageRow::id);
            }
        } catch (NotFoundException e) {
            Pages.notFound();
        } catch (BusinessException refusal) {
            Pages.refuse(refusal, Map.of());
            table = null;
        }
    }

    /** Sets the unit's target from the form; a refusal keeps what was typed. */
    public String addTarget() {
        try {
            targets.set(table.parent().id(), indicator, percent, dueOn);
        } catch (BusinessException refusal) {
            Pages.refuse(
                    refusal,
                    Map.of(
                            "indicator",
                            "targetForm:indicator",
                            "percent",
                            "targetForm:percent",
                            "dueOn",
                            "targetForm:dueOn"));
            return null;
        }
        Messages.info("coverage.target.saved");
        return again();
    }

    public String removeTarget(long targetId) {
        targets.remove(targetId);
        Messages.info("coverage.target.removed");
        return again();
    }

    /** The same view again, read afresh: the figures of every row follow the targets. */
    private String again() {
        return "/coverage/dashboard?faces-redirect=true&from=" + fromDay + "&to=" + toDay
                + (unitId == null ? "" : "&unit=" + unitId);
    }

    /** The child units behind a target, furthest behind first (proficient, then reached). */
    public List<CoverageRow> getLagging() {
        return table == null
                ? List.of()
                : table.rows().stream()
                        .filter(row -> row.proficientGap() > 0 || row.reachedGap() > 0)
                        .sorted(java.util.Comparator.comparingDouble(CoverageRow::proficientGap)
                                .thenComparingDouble(CoverageRow::reachedGap)
                                .reversed())
                        .toList();
    }

    public Indicator[] getIndicators() {
        return Indicator.values();
    }

    public List<TargetView> getOwnTargets() {
        return ownTargets;
    }

    public Indicator getIndicator() {
        return indicator;
    }

    public void setIndicator(Indicator indicator) {
        this.indicator = indicator;
    }

    public BigDecimal getPercent() {
        return percent;
    }

    public void setPercent(BigDecimal percent) {
        this.percent = percent;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    /** The printable report of this view. */
    public String getReportPath() {
        return CoverageReportServlet.PATH + "?from=" + fromDay + "&to=" + toDay
                + (unitId == null ? "" : "&unit=" + unitId);
    }

    /** A download of this view's tables: {@code units.csv?unit=..&from=..&to=..}. */
    public String exportPath(String file) {
        return CoverageExportServlet.PATH + "/" + file + "?from=" + fromDay + "&to=" + toDay
                + (unitId == null ? "" : "&unit=" + unitId);
    }

    /** The trend as a Chart.js line chart: households reached and proficient at each month's end. */
    public String getTrendChart() {
        String labels = trend.stream()
                .map(p -> "\""
                        + String.format(
                                "%02d/%d", p.month().getMonthValue(), p.month().getYear()) + "\"")
                .collect(Collectors.joining(","));
        String reached = trend.stream().map(p -> String.valueOf(p.reached())).collect(Collectors.joining(","));
        String proficient =
                trend.stream().map(p -> String.valueOf(p.proficient())).collect(Collectors.joining(","));
        return "{\"type\":\"line\",\"data\":{\"labels\":[" + labels + "],\"datasets\":["
                + "{\"label\":" + quoted(Messages.text("coverage.reached")) + ",\"data\":[" + reached
                + "],\"borderColor\":\"#1565c0\",\"backgroundColor\":\"#1565c0\",\"tension\":0.2},"
                + "{\"label\":" + quoted(Messages.text("coverage.proficient")) + ",\"data\":[" + proficient
                + "],\"borderColor\":\"#2e7d32\",\"backgroundColor\":\"#2e7d32\",\"tension\":0.2}]},"
                + "\"options\":{\"maintainAspectRatio\":false,\"animation\":false,"
                + "\"scales\":{\"y\":{\"beginAtZero\":true}}}}";
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The period presets: this month, this quarter, this year (each so far). */
    public String presetFrom(String preset) {
        LocalDate today = Pages.today();
        return switch (preset) {
            case "quarter" ->
                today.withDayOfMonth(1)
                        .withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1)
                        .toString();
            case "year" -> today.withDayOfYear(1).toString();
            default -> today.withDayOfMonth(1).toString();
        };
    }

    public String getToday() {
        return Pages.today().toString();
    }

    public CoverageTable getTable() {
        return table;
    }

    /** The services some household was helped with or declined; the others would be rows of zeros. */
    public List<ServiceFunnel> getActiveServices() {
        return table == null
                ? List.of()
                : table.whole().services().stream()
                        .filter(f -> f.helped() > 0 || f.declined() > 0)
                        .toList();
    }

    public List<TrendPoint> getTrend() {
        return trend;
    }

    public PagedModel<HouseholdCoverageRow> getHouseholds() {
        return households;
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
