package vn.langso.coverage.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import vn.langso.accounts.boundary.CallerContext;
import vn.langso.certification.boundary.CertifiedMembers;
import vn.langso.coverage.control.CounterSums;
import vn.langso.coverage.control.CounterSums.Sums;
import vn.langso.coverage.control.HouseholdCoverage;
import vn.langso.coverage.control.HouseholdState;
import vn.langso.coverage.control.Measure;
import vn.langso.coverage.control.TargetChoice;
import vn.langso.coverage.control.TargetRows;
import vn.langso.kernel.AreaScope;
import vn.langso.kernel.InvalidInputException;
import vn.langso.kernel.LocalDates;
import vn.langso.kernel.OutreachService;
import vn.langso.kernel.Page;
import vn.langso.kernel.PageRequest;
import vn.langso.kernel.Sheet;
import vn.langso.org.boundary.AreaDrillDown;
import vn.langso.org.boundary.AreaLevel;
import vn.langso.org.boundary.AreaUnit;
import vn.langso.org.boundary.OrgDirectory;
import vn.langso.sessions.boundary.SessionsHeld;
import vn.langso.visits.boundary.HouseholdFilter;
import vn.langso.visits.boundary.HouseholdView;
import vn.langso.visits.boundary.Households;
import vn.langso.visits.boundary.VisitRecords;

/**
 * Coverage of the caller's area: a unit's figures for a period with one row per child unit (the drill-down every
 * report uses), the trend by month, and a hamlet's households with their state. Read from the counters the writes
 * keep (see CoverageKeeper): never a scan of visits, and current the moment a visit commits.
 */
@Stateless
@RolesAllowed({"ADMIN", "COORDINATOR", "TEAM_LEADER"})
public class Coverage {

    /** The longest custom period: two years, a steering committee's term report. */
    static final long MOST_DAYS = 731;

    /** Months the trend shows, this one included. */
    public static final int TREND_MONTHS = 12;

    @Inject
    CallerContext callers;

    @Inject
    AreaDrillDown drillDown;

    @Inject
    OrgDirectory directory;

    @Inject
    CounterSums sums;

    @Inject
    HouseholdCoverage households;

    @Inject
    Households registry;

    @Inject
    VisitRecords visitRecords;

    @Inject
    SessionsHeld sessionsHeld;

    @Inject
    CertifiedMembers certifiedMembers;

    @Inject
    TargetRows targets;

    @Inject
    Clock clock;

    /** The children of the unit (null: the top of the caller's area), each with its subtree's coverage. */
    public CoverageTable byUnit(Long unitId, LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        LocalDate today = LocalDates.today(clock);
        // The hierarchy of the period's last day: before a reform the old units, after or across it the new ones.
        LocalDate hierarchyDay = to.isBefore(today) ? to : today;
        AreaDrillDown.LevelOnDay onDay = drillDown.on(area(), unitId, hierarchyDay);
        AreaLevel level = onDay.level();
        if (level.isEmpty()) {
            return new CoverageTable(null, List.of(), List.of(), CoverageFigures.NONE, List.of(), List.of(), from, to);
        }
        List<Long> targetUnits =
                new ArrayList<>(level.parent() == null ? List.of() : TargetChoice.chain(level.parentPath()));
        level.children().forEach(child -> targetUnits.add(child.id()));
        List<TargetChoice.Row> targetRows = targets.on(targetUnits);
        AreaScope whole = level.parent() == null ? area() : AreaScope.subtreeOf(level.parentPath());
        Map<Long, String> paths = onDay.subtree();
        List<Long> wholeIds = List.copyOf(paths.keySet());
        // Follow-ups overdue and open flags are today's, so only of the units in the caller's area today: a unit
        // seen only for its past in the area (merged away since) has its current ones elsewhere.
        Set<Long> inAreaToday = area().isEverywhere() ? null : Set.copyOf(directory.unitIdsIn(area()));
        List<Long> ownIds = inAreaToday == null
                ? wholeIds
                : wholeIds.stream().filter(inAreaToday::contains).toList();
        // What other components count, read once for the whole subtree and added up per child below.
        Side side = new Side(
                sessionsHeld.in(wholeIds, from, to),
                sums.activeMembers(wholeIds, from, to, today),
                visitRecords.overdueFollowUps(ownIds, today),
                visitRecords.openFlags(ownIds));
        List<CoverageRow> rows = new ArrayList<>();
        List<Map<String, Sums>> childSums = new ArrayList<>();
        for (AreaUnit child : level.children()) {
            List<Long> ids = paths.entrySet().stream()
                    .filter(unit -> unit.getValue().startsWith(child.path()))
                    .map(Map.Entry::getKey)
                    .toList();
            Map<String, Sums> found = sums.of(ids, from, to, today);
            childSums.add(found);
            CoverageFigures figures = figures(found, side.of(ids), child);
            rows.add(new CoverageRow(child, figures, progress(targetRows, child.path(), figures, to)));
        }
        // Counters are kept on hamlets only: a unit with children is the sum of them, read once.
        Map<String, Sums> wholeSums =
                level.children().isEmpty() ? sums.of(wholeIds, from, to, today) : CounterSums.add(childSums);
        CoverageFigures wholeFigures = figures(wholeSums, side.of(wholeIds), level.parent());
        return new CoverageTable(
                level.parent(),
                level.trail(),
                rows,
                wholeFigures,
                level.parent() == null ? List.of() : progress(targetRows, level.parentPath(), wholeFigures, to),
                certifiedMembers.in(whole),
                from,
                to);
    }

    /** The caller's own visits in the period: a member's part in his area's coverage. */
    @RolesAllowed({"MEMBER", "TEAM_LEADER"})
    public MyContribution mine(LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        Long member = callers.current().memberId();
        if (member == null) {
            return new MyContribution(from, to, 0, 0);
        }
        long[] counted = visitRecords.contributionOf(member, from, to);
        return new MyContribution(from, to, counted[0], counted[1]);
    }

    /** Households reached and proficient at the end of each of the last {@link #TREND_MONTHS} months. */
    public List<TrendPoint> trend(Long unitId) {
        AreaLevel level = drillDown.at(area(), unitId);
        if (level.isEmpty()) {
            return List.of();
        }
        AreaScope whole = level.parent() == null ? area() : AreaScope.subtreeOf(level.parentPath());
        List<Long> ids = directory.unitIdsIn(whole);
        LocalDate today = LocalDates.today(clock);
        LocalDate first = today.withDayOfMonth(1).minusMonths(TREND_MONTHS - 1);
        Map<LocalDate, Long> reached = sums.monthEnds(ids, Measure.REACHED, first, today);
        Map<LocalDate, Long> proficient = sums.monthEnds(ids, Measure.PROFICIENT, first, today);
        return reached.keySet().stream()
                .map(month -> new TrendPoint(month, reached.get(month), proficient.getOrDefault(month, 0L)))
                .toList();
    }

    /** The households of a hamlet (or any unit's subtree) in the caller's area, each with its coverage. */
    public Page<HouseholdCoverageRow> households(long unitId, String text, PageRequest request) {
        drillDown.find(area(), unitId);
        Page<HouseholdView> page = registry.list(new HouseholdFilter(unitId, text), request);
        Map<Long, HouseholdState> states =
                households.storedOf(page.items().stream().map(HouseholdView::id).toList());
        List<HouseholdCoverageRow> rows =
                page.items().stream().map(h -> row(h, states.get(h.id()))).toList();
        return new Page<>(rows, page.total(), page.page(), page.size());
    }

    /**
     * The printable report of a unit (null: the top of the caller's area) for a period, in the language of
     * {@code text} (a message key's text).
     */
    public byte[] reportPdf(Long unitId, LocalDate from, LocalDate to, Function<String, String> text) {
        CoverageTable table = byUnit(unitId, from, to);
        String area = table.parent() == null
                ? text.apply("coverage.top")
                : String.join(
                        " › ",
                        table.trail().stream()
                                .map(u -> u.typeLabel() + " " + u.name())
                                .toList());
        return new CoverageReportPdf(text).render(table, trend(unitId), area, LocalDates.nowInVietnam(clock));
    }

    /** The child units' table as a sheet to download. */
    public Sheet byUnitSheet(Long unitId, LocalDate from, LocalDate to) {
        CoverageTable table = byUnit(unitId, from, to);
        return new Sheet(
                "coverage.sheet.units",
                "coverage-units-" + from + "-" + to,
                List.of(
                        Sheet.column("unit_code", "coverage.unitCode"),
                        Sheet.column("unit", "coverage.unit"),
                        Sheet.column("households", "coverage.households"),
                        Sheet.column("households_from_registry", "coverage.fromRegistry"),
                        Sheet.column("reached", "coverage.reached"),
                        Sheet.column("reached_percent", "coverage.reachedPercent"),
                        Sheet.column("reached_in_period", "coverage.reachedInPeriod"),
                        Sheet.column("proficient", "coverage.proficient"),
                        Sheet.column("proficient_percent", "coverage.proficientPercent"),
                        Sheet.column("visits", "coverage.visits"),
                        Sheet.column("attendances", "coverage.attendances"),
                        Sheet.column("sessions_held", "coverage.sessionsHeld"),
                        Sheet.column("active_members", "coverage.activeMembers"),
                        Sheet.column("visits_per_active_member", "coverage.visitsPerMember"),
                        Sheet.column("follow_ups_overdue", "coverage.followUpsOverdue"),
                        Sheet.column("open_flags", "coverage.openFlags")),
                table.rows().stream()
                        .map(row -> {
                            CoverageFigures f = row.figures();
                            return List.<Object>of(
                                    row.unit().code(),
                                    row.unit().name(),
                                    f.households(),
                                    f.fromRegistry(),
                                    f.reached(),
                                    f.reachedPercent() == null ? "" : f.reachedPercent(),
                                    f.reachedInPeriod(),
                                    f.proficient(),
                                    f.proficientPercent() == null ? "" : f.proficientPercent(),
                                    f.visits(),
                                    f.attendances(),
                                    f.sessionsHeld(),
                                    f.activeMembers(),
                                    f.visitsPerActiveMember() == null ? "" : f.visitsPerActiveMember(),
                                    f.followUpsOverdue(),
                                    f.openFlags());
                        })
                        .toList());
    }

    /** The unit's service funnel as a sheet. */
    public Sheet servicesSheet(Long unitId, LocalDate from, LocalDate to) {
        CoverageTable table = byUnit(unitId, from, to);
        return new Sheet(
                "coverage.sheet.services",
                "coverage-services-" + from + "-" + to,
                List.of(
                        Sheet.column("service", "coverage.service"),
                        Sheet.column("helped", "coverage.helped"),
                        Sheet.column("done", "coverage.done"),
                        Sheet.column("partial", "coverage.partial"),
                        Sheet.column("declined", "coverage.declined")),
                table.whole().services().stream()
                        .map(f -> List.<Object>of(f.service().name(), f.helped(), f.done(), f.partial(), f.declined()))
                        .toList());
    }

    /** A unit's households with their coverage, as a sheet (every page of them). */
    public Sheet householdsSheet(long unitId) {
        List<List<Object>> rows = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<HouseholdCoverageRow> found =
                    households(unitId, null, new PageRequest(page, PageRequest.MAXIMUM_SIZE, "code", true));
            found.items()
                    .forEach(h -> rows.add(List.of(
                            h.code(),
                            h.headName(),
                            h.houseNumber() == null ? "" : h.houseNumber(),
                            h.reachedOn() == null ? "" : h.reachedOn().toString(),
                            h.proficientOn() == null ? "" : h.proficientOn().toString(),
                            codes(h.done()),
                            codes(h.partial()))));
            if ((long) (page + 1) * PageRequest.MAXIMUM_SIZE >= found.total()) {
                break;
            }
        }
        return new Sheet(
                "coverage.sheet.households",
                "coverage-households-" + unitId,
                List.of(
                        Sheet.column("code", "coverage.householdCode"),
                        Sheet.column("head_name", "coverage.headName"),
                        Sheet.column("house_number", "coverage.houseNumber"),
                        Sheet.column("reached_on", "coverage.reachedOn"),
                        Sheet.column("proficient_on", "coverage.proficientOn"),
                        Sheet.column("done", "coverage.done"),
                        Sheet.column("partial", "coverage.partial")),
                rows);
    }

    private static String codes(Set<OutreachService> services) {
        return String.join(" ", services.stream().map(Enum::name).toList());
    }

    private static HouseholdCoverageRow row(HouseholdView household, HouseholdState state) {
        Set<OutreachService> done = EnumSet.noneOf(OutreachService.class);
        Set<OutreachService> partial = EnumSet.noneOf(OutreachService.class);
        if (state != null) {
            state.services().forEach((service, s) -> {
                if (s.doneOn() != null) {
                    done.add(service);
                } else if (s.helpedOn() != null) {
                    partial.add(service);
                }
            });
        }
        return new HouseholdCoverageRow(
                household.id(),
                household.code(),
                household.headName(),
                household.houseNumber(),
                household.active(),
                state == null ? null : state.reachedOn(),
                state == null ? null : state.proficientOn(),
                done,
                partial);
    }

    private CoverageFigures figures(Map<String, Sums> found, long[] side, AreaUnit unit) {
        List<ServiceFunnel> services = new ArrayList<>();
        for (OutreachService service : OutreachService.values()) {
            long helped = asOfEnd(found, Measure.helped(service));
            long done = asOfEnd(found, Measure.done(service));
            long declined = asOfEnd(found, Measure.declined(service));
            services.add(ServiceFunnel.of(service, helped, done, declined));
        }
        long official = unit == null
                ? directory.householdFigures(topUnits()).values().stream()
                        .mapToLong(Integer::longValue)
                        .sum()
                : directory.householdFigures(List.of(unit.id())).getOrDefault(unit.id(), 0);
        return CoverageFigures.of(
                        found.getOrDefault(Measure.HOUSEHOLDS, Sums.NONE).total(),
                        official,
                        asOfEnd(found, Measure.REACHED),
                        within(found, Measure.REACHED),
                        asOfEnd(found, Measure.PROFICIENT),
                        within(found, Measure.PROFICIENT),
                        within(found, Measure.VISITS),
                        within(found, Measure.ATTENDANCES),
                        List.copyOf(services))
                .with(side[0], side[1], side[2], side[3]);
    }

    /**
     * Per unit, what the sessions, visits and counters of members give: sessions held, the members active, follow-ups
     * overdue and open flags; {@link #of} adds them up over a subtree's units (a member counted once).
     */
    private record Side(
            Map<Long, Long> held, Map<Long, Set<String>> active, Map<Long, Long> overdue, Map<Long, Long> flags) {

        long[] of(Collection<Long> unitIds) {
            long sessions = 0;
            long followUps = 0;
            long openFlags = 0;
            Set<String> members = new java.util.HashSet<>();
            for (Long unit : unitIds) {
                sessions += held.getOrDefault(unit, 0L);
                followUps += overdue.getOrDefault(unit, 0L);
                openFlags += flags.getOrDefault(unit, 0L);
                members.addAll(active.getOrDefault(unit, Set.of()));
            }
            return new long[] {sessions, members.size(), followUps, openFlags};
        }
    }

    /** The units at the very top (an admin's whole country or province). */
    private List<Long> topUnits() {
        return drillDown.at(AreaScope.EVERYWHERE, null).children().stream()
                .map(AreaUnit::id)
                .toList();
    }

    /** How a unit (by path) stands against the targets it follows, as of a day. */
    static List<TargetProgress> progress(
            List<TargetChoice.Row> targets, String unitPath, CoverageFigures figures, LocalDate asOf) {
        return Arrays.stream(Indicator.values())
                .map(indicator -> TargetChoice.of(targets, unitPath, indicator.name(), asOf)
                        .map(chosen -> {
                            Double actual = indicator.actual(figures);
                            double wanted = chosen.target().percent().doubleValue();
                            double missing = wanted - (actual == null ? 0 : actual);
                            return new TargetProgress(
                                    indicator,
                                    chosen.target().percent(),
                                    chosen.target().dueOn(),
                                    chosen.inherited(),
                                    actual,
                                    Math.max(0, Math.round(missing * 10) / 10.0));
                        }))
                .flatMap(Optional::stream)
                .toList();
    }

    private static long asOfEnd(Map<String, Sums> found, String measure) {
        return found.getOrDefault(measure, Sums.NONE).asOfEnd();
    }

    private static long within(Map<String, Sums> found, String measure) {
        return found.getOrDefault(measure, Sums.NONE).within();
    }

    private AreaScope area() {
        return callers.current().area();
    }

    static void checkPeriod(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidInputException("from", "coverage.period");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MOST_DAYS) {
            throw new InvalidInputException("to", "coverage.periodTooLong", MOST_DAYS);
        }
    }
}
