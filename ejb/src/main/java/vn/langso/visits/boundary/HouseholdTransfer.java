package vn.langso.visits.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import vn.langso.kernel.AreaScope;
import vn.langso.kernel.CsvFormatException;
import vn.langso.kernel.CsvReader;
import vn.langso.kernel.CsvTable;
import vn.langso.kernel.ImportError;
import vn.langso.kernel.ImportRejectedException;
import vn.langso.kernel.NotFoundException;
import vn.langso.org.boundary.OrgDirectory;
import vn.langso.org.boundary.UnitRef;
import vn.langso.visits.control.FieldArea;
import vn.langso.visits.control.HouseholdCsv;
import vn.langso.visits.control.HouseholdCsv.Row;
import vn.langso.visits.entity.Household;

/**
 * Households in and out as CSV, for admins and for coordinators within their area. An import checks every row first
 * and stores nothing if any is wrong (each error with its line and column); otherwise one transaction creates and
 * updates, and the same file imported again changes nothing.
 */
@Stateless
@RolesAllowed({"ADMIN", "COORDINATOR"})
public class HouseholdTransfer {

    public static final int MAXIMUM_BYTES = 20 * 1024 * 1024;
    static final int CHUNK = 500;
    static final int EXPORT_CHUNK = 5000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    FieldArea field;

    @Inject
    Event<HouseholdRegistered> registered;

    @Inject
    OrgDirectory directory;

    public HouseholdImportReport importCsv(byte[] content) {
        if (content.length > MAXIMUM_BYTES) {
            throw new ImportRejectedException(List.of(new ImportError(0, null, "imports.csv.tooLarge", List.of())));
        }
        CsvTable table;
        try {
            table = CsvTable.read(CsvReader.decode(content), HouseholdCsv.FORMAT);
        } catch (CsvFormatException e) {
            throw new ImportRejectedException(List.of(new ImportError(e.line(), null, e.messageKey(), List.of())));
        }
        AreaScope area = field.area();
        Map<String, UnitRef> hamlets = new HashMap<>();
        for (String code : table.distinct("unit_code")) {
            directory
                    .unitByCode(code)
                    .filter(UnitRef::deepest)
                    .filter(unit -> area.includes(unit.path()))
                    .ifPresent(unit -> hamlets.put(code, unit));
        }
        List<Row> rows = HouseholdCsv.check(table, hamlets);
        if (!table.errors().isEmpty()) {
            throw new ImportRejectedException(table.errors());
        }
        return store(rows, hamlets.values().stream().map(UnitRef::id).distinct().toList());
    }

    private HouseholdImportReport store(List<Row> rows, List<Long> unitIds) {
        Map<String, Long> known = new HashMap<>();
        if (!unitIds.isEmpty()) {
            em.createQuery("select h from Household h where h.unitId in :units", Household.class)
                    .setParameter("units", unitIds)
                    .getResultStream()
                    .forEach(h -> HouseholdCsv.keys(h).forEach(key -> known.putIfAbsent(key, h.getId())));
            em.clear();
        }
        LocalDateTime now = LocalDateTime.now(clock);
        String by = field.caller().username();
        int created = 0;
        int updated = 0;
        List<Long> changedRegistry = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += CHUNK) {
            for (Row row : rows.subList(from, Math.min(from + CHUNK, rows.size()))) {
                Long id = known.get(row.key());
                if (id == null) {
                    Household household = new Household(
                            row.unit().id(),
                            row.code() != null
                                    ? row.code()
                                    : "~" + UUID.randomUUID().toString().substring(0, 30),
                            null,
                            now,
                            by);
                    apply(household, row);
                    em.persist(household);
                    if (row.code() == null) {
                        em.flush();
                        household.takeCodeFromId();
                    }
                    changedRegistry.add(household.getId());
                    created++;
                } else {
                    Household household = em.find(Household.class, id);
                    boolean wasActive = household.isActive();
                    if (apply(household, row)) {
                        updated++;
                        if (household.isActive() != wasActive) {
                            changedRegistry.add(id);
                        }
                    }
                }
            }
            em.flush();
            em.clear();
        }
        // Once, after every row is written: the coverage of the households is worked out in id order, as every
        // writer does, and no visit waits for a hamlet's counters while the import still updates households.
        if (!changedRegistry.isEmpty()) {
            registered.fire(new HouseholdRegistered(List.copyOf(changedRegistry)));
        }
        return new HouseholdImportReport(created, updated, rows.size() - created - updated);
    }

    /** Whether the row changed the household. */
    private static boolean apply(Household household, Row row) {
        boolean changed = !Objects.equals(household.getHeadName(), row.headName())
                || !Objects.equals(household.getHouseNumber(), row.houseNumber())
                || !Objects.equals(household.getStreet(), row.street())
                || !Objects.equals(household.getPhone(), row.phone())
                || household.getResidents() != row.residents()
                || !Objects.equals(household.getNotes(), row.notes())
                || !same(household.getLatitude(), row.latitude())
                || !same(household.getLongitude(), row.longitude())
                || (row.active() != null && household.isActive() != row.active());
        if (changed) {
            household.describe(
                    row.headName(), row.houseNumber(), row.street(), row.phone(), row.residents(), row.notes());
            household.locate(row.latitude(), row.longitude(), household.getAccuracyMeters());
            if (row.active() != null) {
                household.setActive(row.active());
            }
        }
        return changed;
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** The households of a unit's subtree (by default the caller's whole area), by hamlet and code. */
    public void exportCsv(Long unitId, Writer out) {
        AreaScope area = field.area();
        if (unitId != null) {
            UnitRef unit = directory.unit(unitId).orElseThrow(NotFoundException::new);
            field.requireUnit(unit.id(), unit.path());
            area = AreaScope.subtreeOf(unit.path());
        }
        List<Long> units = area.isEverywhere() ? null : directory.unitIdsIn(area);
        if (units != null && units.isEmpty()) {
            HouseholdCsv.write(List.of(), Map.of(), out);
            return;
        }
        Map<Long, String> codes = new HashMap<>();
        HouseholdCsv.Writing csv = HouseholdCsv.start(out);
        // In chunks by id, the persistence context cleared after each: a province has half a million households.
        long after = 0;
        List<Household> chunk;
        do {
            TypedQuery<Household> query = em.createQuery(
                    "select h from Household h where h.id > :after"
                            + (units == null ? "" : " and h.unitId in :units")
                            + " order by h.id",
                    Household.class);
            query.setParameter("after", after).setMaxResults(EXPORT_CHUNK);
            if (units != null) {
                query.setParameter("units", units);
            }
            chunk = query.getResultList();
            for (Household h : chunk) {
                codes.computeIfAbsent(
                        h.getUnitId(),
                        id -> directory.unit(id).map(UnitRef::code).orElse(""));
            }
            csv.rows(chunk, codes);
            if (!chunk.isEmpty()) {
                after = chunk.get(chunk.size() - 1).getId();
            }
            em.clear();
        } while (chunk.size() == EXPORT_CHUNK);
    }

    /** Checked before a byte of an export is sent, while the answer can still be a 404. */
    public void requireVisible(Long unitId) {
        if (unitId != null) {
            UnitRef unit = directory.unit(unitId).orElseThrow(NotFoundException::new);
            field.requireUnit(unit.id(), unit.path());
        }
    }
}
