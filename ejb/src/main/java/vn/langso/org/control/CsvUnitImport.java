package vn.langso.org.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.langso.kernel.CsvTable;
import vn.langso.kernel.ImportRejectedException;
import vn.langso.org.boundary.ImportReport;
import vn.langso.org.control.CsvUnitRows.KnownUnit;
import vn.langso.org.control.CsvUnitRows.UnitRow;
import vn.langso.org.entity.AdminLevel;
import vn.langso.org.entity.AdminUnit;

/** Imports a units file in the caller's transaction: checks every row, then creates and updates in file order. */
@Dependent
public class CsvUnitImport {

    static final int CHUNK = 500;

    @PersistenceContext
    EntityManager em;

    public ImportReport run(CsvTable table) {
        Set<String> codes = new HashSet<>(table.distinct(CsvUnitRows.CODE));
        codes.addAll(table.distinct(CsvUnitRows.PARENT_CODE));
        Map<String, KnownUnit> known = CsvLookups.units(em, codes);
        Map<Integer, Long> levels = new HashMap<>();
        em.createNamedQuery(AdminLevel.ALL, AdminLevel.class)
                .getResultList()
                .forEach(level -> levels.put(level.getDepth(), level.getId()));
        List<UnitRow> rows = CsvUnitRows.check(table, known, levels.keySet());
        if (!table.errors().isEmpty()) {
            throw new ImportRejectedException(table.errors());
        }
        Map<String, Long> ids = new HashMap<>();
        known.forEach((code, unit) -> ids.put(code, unit.id()));
        int created = 0;
        int updated = 0;
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<UnitRow> chunk = rows.subList(from, Math.min(from + CHUNK, rows.size()));
            Map<String, AdminUnit> stored = stored(chunk);
            for (UnitRow row : chunk) {
                AdminUnit unit = stored.get(CsvKeys.unit(row.code()));
                if (unit == null) {
                    ids.put(CsvKeys.unit(row.code()), create(row, ids, levels).getId());
                    created++;
                } else if (update(unit, row)) {
                    updated++;
                }
            }
            em.flush();
            em.clear();
        }
        return new ImportReport(CsvFormat.UNITS, created, updated, rows.size() - created - updated);
    }

    private Map<String, AdminUnit> stored(List<UnitRow> chunk) {
        Map<String, AdminUnit> units = new HashMap<>();
        em.createQuery("select u from AdminUnit u where u.code in :codes and u.validTo is null", AdminUnit.class)
                .setParameter("codes", chunk.stream().map(UnitRow::code).toList())
                .getResultList()
                .forEach(unit -> units.put(CsvKeys.unit(unit.getCode()), unit));
        return units;
    }

    private AdminUnit create(UnitRow row, Map<String, Long> ids, Map<Integer, Long> levels) {
        AdminUnit parent =
                row.parentCode() == null ? null : em.find(AdminUnit.class, ids.get(CsvKeys.unit(row.parentCode())));
        AdminUnit unit = new AdminUnit(
                row.code(),
                row.name(),
                row.type(),
                em.getReference(AdminLevel.class, levels.get(row.depth())),
                parent,
                row.households() == null ? 0 : row.households());
        if (row.active() != null) {
            unit.setActive(row.active());
        }
        // The path ends in the unit's own id, known once the row is inserted (at once: ids are IDENTITY).
        unit.placeUnder(parent);
        em.persist(unit);
        if (unit.getId() == null) {
            em.flush();
        }
        unit.placeUnder(parent);
        return unit;
    }

    private static boolean update(AdminUnit unit, UnitRow row) {
        boolean changed = false;
        if (!unit.getName().equals(row.name())) {
            unit.rename(row.name());
            changed = true;
        }
        if (!unit.getTypeLabel().equals(row.type())) {
            unit.setTypeLabel(row.type());
            changed = true;
        }
        if (row.households() != null && unit.getHouseholds() != row.households()) {
            unit.setHouseholds(row.households());
            changed = true;
        }
        if (row.active() != null && !Objects.equals(unit.isActive(), row.active())) {
            unit.setActive(row.active());
            changed = true;
        }
        return changed;
    }
}
