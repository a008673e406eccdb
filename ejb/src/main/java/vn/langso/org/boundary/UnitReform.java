package vn.langso.org.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Logger;
import vn.langso.kernel.CsvFormatException;
import vn.langso.kernel.CsvReader;
import vn.langso.kernel.CsvTable;
import vn.langso.kernel.ImportError;
import vn.langso.kernel.ImportRejectedException;
import vn.langso.kernel.LocalDates;
import vn.langso.org.control.ReformMapping;
import vn.langso.org.control.ReformMapping.Merge;
import vn.langso.org.control.UnitNames;
import vn.langso.org.entity.AdminUnit;

/**
 * Merges and renames of units on an effective date, from a CSV mapping (old code → new code) or one merge typed on the
 * page. Each new unit starts on the date; each old unit is closed on it and moved, with everything under it, beneath
 * the new unit, so that households, visits and counters stay on the hamlets they were written for and the new unit's
 * subtree holds their history; the paths before the date are kept for reports of earlier periods. A unit above the
 * old ones left with no open unit below it is abolished on the same date (the districts in 2025). All or nothing:
 * every row is checked first, and {@link #preview} says what {@link #apply} would do without doing it.
 */
@Stateless
@RolesAllowed("ADMIN")
public class UnitReform {

    public static final int MAXIMUM_BYTES = 1024 * 1024;

    /** The earliest effective date taken: nothing was counted before. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private static final Logger LOG = Logger.getLogger(UnitReform.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** What a reform does: new units with how many old ones each, and how many units above were abolished. */
    public record Report(LocalDate effective, int oldUnits, List<NewUnit> newUnits, List<String> abolished) {

        public String abolishedText() {
            return String.join(", ", abolished);
        }
    }

    /** A unit the reform makes, and the old units that go into it. */
    public record NewUnit(
            String code, String name, String typeLabel, List<String> oldNames, int households, String parent) {

        public String madeOf() {
            return String.join(", ", oldNames);
        }
    }

    /** A planned new unit, its old units known. */
    private record Group(Merge first, List<AdminUnit> olds, AdminUnit parent) {}

    public Report preview(LocalDate effective, byte[] csv) {
        return plan(effective, merges(csv)).report;
    }

    public Report apply(LocalDate effective, byte[] csv) {
        return carryOut(plan(effective, merges(csv)));
    }

    /** One merge (or, with one old unit, a rename) typed on the page. */
    public Report apply(LocalDate effective, List<String> oldCodes, String newCode, String newName, String typeLabel) {
        return carryOut(plan(effective, typed(oldCodes, newCode, newName, typeLabel)));
    }

    public Report preview(
            LocalDate effective, List<String> oldCodes, String newCode, String newName, String typeLabel) {
        return plan(effective, typed(oldCodes, newCode, newName, typeLabel)).report;
    }

    /**
     * The official mapping of Tiền Giang's 164 communes into 57 communes of the new Đồng Tháp (Resolution
     * 1663/NQ-UBTVQH15, effective 1 July 2025), as shipped with the demo data: it applies to the demo province.
     */
    public byte[] officialMapping() {
        try (InputStream in = UnitReform.class.getResourceAsStream("/vn/langso/demo/units/tien-giang-old-to-new.csv")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Merge> typed(List<String> oldCodes, String newCode, String newName, String typeLabel) {
        List<Merge> merges = new ArrayList<>();
        int line = 1;
        for (String code : oldCodes) {
            if (code != null && !code.isBlank()) {
                String name = clean(newName);
                UnitNames.Split split = name == null ? null : UnitNames.split(name, typeLabel);
                String type = clean(typeLabel) != null
                        ? typeLabel.trim().toLowerCase(java.util.Locale.ROOT)
                        : split == null ? null : split.typeLabel();
                merges.add(new Merge(
                        line++, code.trim(), clean(newCode), split == null ? null : split.name(), type, null));
            }
        }
        List<ImportError> errors = new ArrayList<>();
        if (merges.isEmpty()) {
            errors.add(new ImportError(0, "old_code", "reform.noOldUnit", List.of()));
        }
        if (clean(newCode) == null || !clean(newCode).matches("[0-9A-Za-z._-]{1,20}")) {
            errors.add(new ImportError(0, "new_code", "reform.codeCharacters", List.of()));
        }
        if (clean(newName) == null || newName.length() > 150) {
            errors.add(new ImportError(0, "new_name", "imports.field.required", List.of()));
        }
        if (!merges.isEmpty() && merges.get(0).newTypeLabel() == null) {
            errors.add(new ImportError(0, "new_type", "reform.typeNeeded", List.of()));
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        return merges;
    }

    private static Mapping merges(byte[] csv) {
        if (csv.length > MAXIMUM_BYTES) {
            throw refused(new ImportError(0, null, "reform.tooLarge", List.of()));
        }
        CsvTable table;
        try {
            table = CsvTable.read(CsvReader.decode(csv), ReformMapping.INSTANCE);
        } catch (CsvFormatException e) {
            throw refused(new ImportError(e.line(), null, e.messageKey(), List.of()));
        }
        List<Merge> merges = ReformMapping.merges(table);
        if (merges.isEmpty() && table.errors().isEmpty()) {
            throw refused(new ImportError(1, null, "reform.noOldUnit", List.of()));
        }
        return new Mapping(merges, table.errors());
    }

    /** The readable rows of a file and the errors of the others, checked further together. */
    private record Mapping(List<Merge> merges, List<ImportError> errors) {}

    /** A checked reform: the groups to create and the report of what they do. */
    private record Plan(LocalDate effective, List<Group> groups, Report report) {}

    private Plan plan(LocalDate effective, List<Merge> merges) {
        return plan(effective, new Mapping(merges, List.of()));
    }

    private Plan plan(LocalDate effective, Mapping mapping) {
        List<Merge> merges = mapping.merges();
        List<ImportError> errors = new ArrayList<>(mapping.errors());
        LocalDate today = LocalDates.today(clock);
        if (effective == null) {
            errors.add(new ImportError(0, "effective", "reform.effectiveNeeded", List.of()));
        } else if (effective.isAfter(today) || effective.isBefore(EARLIEST)) {
            errors.add(new ImportError(0, "effective", "reform.effectiveRange", List.of()));
        } else if (latestReform().filter(effective::isBefore).isPresent()) {
            // The paths kept for a reform are those of the day before it: one applied later with an earlier date
            // would keep paths that were not yet true then.
            errors.add(new ImportError(
                    0,
                    "effective",
                    "reform.effectiveBeforeLast",
                    List.of(latestReform().get().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))));
        }
        Map<String, AdminUnit> open = openUnits();
        int deepest = em.createQuery("select max(l.depth) from AdminLevel l", Integer.class)
                .getSingleResult();
        Set<String> oldCodes = new HashSet<>();
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Merge merge : merges) {
            AdminUnit old = open.get(key(merge.oldCode()));
            if (old == null) {
                errors.add(error(merge, "old_code", "reform.oldUnknown", merge.oldCode()));
                continue;
            }
            if (!oldCodes.add(key(merge.oldCode()))) {
                errors.add(error(merge, "old_code", "reform.oldTwice", merge.oldCode()));
                continue;
            }
            if (effective != null
                    && old.getValidFrom() != null
                    && !old.getValidFrom().isBefore(effective)) {
                errors.add(error(merge, "old_code", "reform.oldTooNew", merge.oldCode()));
                continue;
            }
            if (old.getLevel().getDepth() == deepest) {
                // Households live on hamlets: one merged away would keep them on a unit the field app no longer
                // lists. A hamlet is renamed on the units page.
                errors.add(error(merge, "old_code", "reform.hamlet", merge.oldCode()));
                continue;
            }
            Group group = groups.get(merge.newCode());
            if (group == null) {
                AdminUnit parent = merge.newParentCode() == null ? root(old) : open.get(key(merge.newParentCode()));
                if (parent == null) {
                    errors.add(error(merge, "new_parent_code", "reform.parentUnknown", merge.newParentCode()));
                    continue;
                }
                group = new Group(merge, new ArrayList<>(), parent);
                groups.put(merge.newCode(), group);
            } else if (!group.first().newName().equals(merge.newName())
                    || !group.first().newTypeLabel().equals(merge.newTypeLabel())
                    || !Objects.equals(group.first().newParentCode(), merge.newParentCode())) {
                errors.add(error(
                        merge,
                        "new_name",
                        "reform.newDiffers",
                        merge.newCode(),
                        group.first().line()));
                continue;
            }
            if (!root(old).getId().equals(root(group.parent()).getId())) {
                errors.add(error(merge, "old_code", "reform.otherProvince", merge.oldCode()));
                continue;
            }
            group.olds().add(old);
        }
        groups.replaceAll((code, group) -> group.first().newParentCode() != null
                ? group
                : new Group(group.first(), group.olds(), defaultParent(group, oldCodes)));
        List<AdminUnit> allOlds =
                groups.values().stream().flatMap(g -> g.olds().stream()).toList();
        // One old unit inside another would be moved twice and its households counted under both.
        for (Group group : groups.values()) {
            for (AdminUnit old : group.olds()) {
                if (allOlds.stream().anyMatch(other -> other != old && old.isWithin(other.getPath()))) {
                    errors.add(error(group.first(), "old_code", "reform.oldInsideOld", old.getCode()));
                }
            }
        }
        for (Group group : groups.values()) {
            AdminUnit holder = open.get(key(group.first().newCode()));
            if (holder != null && !oldCodes.contains(key(holder.getCode()))) {
                errors.add(error(
                        group.first(),
                        "new_code",
                        "reform.newCodeTaken",
                        group.first().newCode()));
            }
            if (oldCodes.contains(key(group.parent().getCode()))
                    || allOlds.stream().anyMatch(old -> group.parent().isWithin(old.getPath()))) {
                errors.add(error(
                        group.first(),
                        "new_parent_code",
                        "reform.parentMerged",
                        group.parent().getCode()));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt(ImportError::line));
            throw new ImportRejectedException(errors);
        }
        List<NewUnit> made = groups.values().stream()
                .map(g -> new NewUnit(
                        g.first().newCode(),
                        g.first().newName(),
                        g.first().newTypeLabel(),
                        g.olds().stream()
                                .map(o -> o.getTypeLabel() + " " + o.getName())
                                .toList(),
                        g.olds().stream().mapToInt(AdminUnit::getHouseholds).sum(),
                        g.parent().getTypeLabel() + " " + g.parent().getName()))
                .toList();
        List<String> abolished = abolishedAbove(groups.values());
        return new Plan(
                effective, List.copyOf(groups.values()), new Report(effective, oldCodes.size(), made, abolished));
    }

    private Report carryOut(Plan plan) {
        LocalDate effective = plan.effective();
        Set<Long> formerParents = new HashSet<>();
        // Every new unit's code is free only once its old holder is closed, whichever group that holder is in.
        plan.groups().forEach(group -> group.olds().forEach(o -> o.close(effective, null)));
        em.flush();
        for (Group group : plan.groups()) {
            Merge first = group.first();
            AdminUnit old = group.olds().get(0);
            AdminUnit made = new AdminUnit(
                    first.newCode(),
                    first.newName(),
                    first.newTypeLabel(),
                    old.getLevel(),
                    group.parent(),
                    plan.report().newUnits().stream()
                            .filter(n -> n.code().equals(first.newCode()))
                            .findFirst()
                            .orElseThrow()
                            .households());
            made.startOn(effective);
            made.placeUnder(group.parent());
            em.persist(made);
            em.flush();
            made.placeUnder(group.parent());
            em.flush();
            for (AdminUnit merged : group.olds()) {
                if (merged.getParent() != null) {
                    formerParents.add(merged.getParent().getId());
                }
                moveUnder(merged, made, effective);
            }
        }
        em.clear();
        abolish(formerParents, effective);
        LOG.info(() -> String.format(
                "Reform effective %s: %d units merged into %d new, %d abolished",
                effective,
                plan.report().oldUnits(),
                plan.report().newUnits().size(),
                plan.report().abolished().size()));
        return plan.report();
    }

    /** Keeps the subtree's paths before the day, then moves the unit (closed, into the new one) under it. */
    private void moveUnder(AdminUnit merged, AdminUnit into, LocalDate effective) {
        String oldPath = merged.getPath();
        em.createNativeQuery("insert ignore into admin_unit_past_path (unit_id, valid_to, path)"
                        + " select id, ?, path from admin_unit where path like ?")
                .setParameter(1, Date.valueOf(effective))
                .setParameter(2, oldPath + "%")
                .executeUpdate();
        merged.close(effective, into);
        merged.placeUnder(into);
        em.flush();
        em.createNativeQuery("update admin_unit set path = concat(?, substring(path, ?)), version = version + 1"
                        + " where path like ? and id <> ?")
                .setParameter(1, merged.getPath())
                .setParameter(2, oldPath.length() + 1)
                .setParameter(3, oldPath + "%")
                .setParameter(4, merged.getId())
                .executeUpdate();
    }

    /** Closes each former parent left with no open unit below it, and then its own parent the same way. */
    private void abolish(Set<Long> formerParents, LocalDate effective) {
        Set<Long> seen = new HashSet<>();
        List<Long> queue = new ArrayList<>(formerParents);
        while (!queue.isEmpty()) {
            long id = queue.remove(queue.size() - 1);
            if (!seen.add(id)) {
                continue;
            }
            AdminUnit unit = em.find(AdminUnit.class, id);
            if (unit == null || unit.getValidTo() != null || unit.getParent() == null) {
                continue;
            }
            long openBelow = em.createQuery(
                            "select count(u) from AdminUnit u where u.parent.id = :id and u.validTo is null",
                            Long.class)
                    .setParameter("id", id)
                    .getSingleResult();
            if (openBelow == 0) {
                unit.close(effective, null);
                queue.add(unit.getParent().getId());
            }
        }
        em.flush();
    }

    /** The units above the old ones that the reform leaves with nothing open below them, as "type name". */
    private List<String> abolishedAbove(java.util.Collection<Group> groups) {
        Set<Long> merged = new HashSet<>();
        groups.forEach(g -> g.olds().forEach(o -> merged.add(o.getId())));
        Map<Long, AdminUnit> parents = new LinkedHashMap<>();
        groups.forEach(g -> g.olds().forEach(o -> {
            if (o.getParent() != null) {
                parents.put(o.getParent().getId(), o.getParent());
            }
        }));
        Set<Long> newParents = new HashSet<>();
        groups.forEach(g -> newParents.add(g.parent().getId()));
        List<String> abolished = new ArrayList<>();
        for (AdminUnit parent : parents.values()) {
            if (newParents.contains(parent.getId())) {
                continue;
            }
            List<Long> openChildren = em.createQuery(
                            "select u.id from AdminUnit u where u.parent.id = :id and u.validTo is null", Long.class)
                    .setParameter("id", parent.getId())
                    .getResultList();
            if (merged.containsAll(openChildren)) {
                abolished.add(parent.getTypeLabel() + " " + parent.getName());
            }
        }
        return abolished;
    }

    /**
     * Without a parent given, the new unit takes the place of its old ones when they shared a parent that keeps other
     * units (a rename, or two hamlets merged); otherwise it goes to the province, as the communes did in 2025 when
     * their districts were emptied.
     */
    private AdminUnit defaultParent(Group group, Set<String> oldCodes) {
        AdminUnit shared = group.olds().get(0).getParent();
        boolean sameParent = shared != null
                && group.olds().stream()
                        .allMatch(o ->
                                o.getParent() != null && o.getParent().getId().equals(shared.getId()));
        if (sameParent
                && em.createQuery(
                                "select u.code from AdminUnit u where u.parent.id = :id and u.validTo is null",
                                String.class)
                        .setParameter("id", shared.getId())
                        .getResultStream()
                        .anyMatch(code -> !oldCodes.contains(key(code)))) {
            return shared;
        }
        return root(group.olds().get(0));
    }

    private Map<String, AdminUnit> openUnits() {
        Map<String, AdminUnit> units = new HashMap<>();
        em.createQuery("select u from AdminUnit u where u.validTo is null", AdminUnit.class)
                .getResultList()
                .forEach(u -> units.put(key(u.getCode()), u));
        return units;
    }

    /** Codes compare as the database's collation does: without regard to case. */
    private static String key(String code) {
        return code == null ? null : code.toLowerCase(java.util.Locale.ROOT);
    }

    private java.util.Optional<LocalDate> latestReform() {
        Object latest = em.createNativeQuery("select max(valid_to) from admin_unit_past_path")
                .getSingleResult();
        if (latest == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(latest instanceof Date date ? date.toLocalDate() : (LocalDate) latest);
    }

    private AdminUnit root(AdminUnit unit) {
        String first = unit.getPath().substring(1, unit.getPath().indexOf('/', 1));
        return em.find(AdminUnit.class, Long.valueOf(first));
    }

    private static ImportError error(Merge merge, String column, String key, Object... args) {
        return new ImportError(
                merge.line(),
                column,
                key,
                java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    private static ImportRejectedException refused(ImportError error) {
        return new ImportRejectedException(List.of(error));
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
