package vn.langso.org.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.langso.kernel.CsvRow;
import vn.langso.kernel.CsvTable;

/**
 * Checks a units file: code, name, type, parent_code, households, active. A unit's level follows from its parent's
 * (a unit without a parent is a province); the parent is stored already or comes on an earlier line. Moving a
 * stored unit is left to the units page, where its whole subtree moves with it.
 */
public final class CsvUnitRows {

    public static final String CODE = "code";
    public static final String NAME = "name";
    public static final String TYPE = "type";
    public static final String PARENT_CODE = "parent_code";
    public static final String HOUSEHOLDS = "households";
    public static final String ACTIVE = "active";

    static final Pattern CODE_FORMAT = Pattern.compile("[0-9A-Za-z._-]+");

    /** A row that passed; households and active are {@code null} where the file leaves them blank. */
    public record UnitRow(
            int line,
            String code,
            String name,
            String type,
            String parentCode,
            int depth,
            Integer households,
            Boolean active) {}

    /** A stored unit, by code: its id, the depth of its level, its parent's code ({@code null} for a root). */
    public record KnownUnit(long id, int depth, String parentCode) {}

    private CsvUnitRows() {}

    /** The rows of the table; its errors list what failed. {@code known} is keyed by {@link CsvKeys#unit}. */
    public static List<UnitRow> check(CsvTable table, Map<String, KnownUnit> known, Set<Integer> depths) {
        Map<String, Integer> lineOfCode = new HashMap<>();
        Map<String, Integer> depthOfCode = new HashMap<>();
        List<UnitRow> rows = new ArrayList<>();
        for (CsvRow row : table.rows()) {
            String code = row.required(CODE, 20);
            String name = row.required(NAME, 150);
            String type = row.required(TYPE, 40);
            String parentCode = row.optional(PARENT_CODE, 20);
            Integer households = row.integer(HOUSEHOLDS, 0, 100_000_000);
            Boolean active = row.flag(ACTIVE);
            if (code == null) {
                continue;
            }
            if (!CODE_FORMAT.matcher(code).matches()) {
                row.error(CODE, "imports.unit.codeFormat", code);
                continue;
            }
            String key = CsvKeys.unit(code);
            Integer firstLine = lineOfCode.putIfAbsent(key, row.line());
            if (firstLine != null) {
                row.error(CODE, "imports.unit.duplicate", code, firstLine);
                continue;
            }
            Integer depth = depth(row, known.get(key), parentCode, known, lineOfCode, depthOfCode, depths);
            depthOfCode.put(key, depth);
            if (row.valid() && depth != null) {
                rows.add(new UnitRow(row.line(), code, name, type, parentCode, depth, households, active));
            }
        }
        return rows;
    }

    private static Integer depth(
            CsvRow row,
            KnownUnit stored,
            String parentCode,
            Map<String, KnownUnit> known,
            Map<String, Integer> lineOfCode,
            Map<String, Integer> depthOfCode,
            Set<Integer> depths) {
        if (stored != null) {
            // A blank parent leaves a stored unit where it is, as any blank cell leaves a stored value.
            boolean sameParent = parentCode == null
                    || stored.parentCode() != null
                            && CsvKeys.unit(parentCode).equals(CsvKeys.unit(stored.parentCode()));
            if (!sameParent) {
                row.error(
                        PARENT_CODE,
                        "imports.unit.parentChanged",
                        stored.parentCode() == null ? "—" : stored.parentCode());
                return null;
            }
            return stored.depth();
        }
        if (parentCode == null) {
            return levelOrError(row, 0, depths, null);
        }
        String parentKey = CsvKeys.unit(parentCode);
        KnownUnit storedParent = known.get(parentKey);
        if (storedParent != null) {
            return levelOrError(row, storedParent.depth() + 1, depths, parentCode);
        }
        Integer parentLine = lineOfCode.get(parentKey);
        if (parentLine == null || parentLine >= row.line()) {
            row.error(PARENT_CODE, "imports.unit.parentUnknown", parentCode);
            return null;
        }
        Integer parentDepth = depthOfCode.get(parentKey);
        // A parent whose own row failed has been reported already; its children are not blamed for it.
        return parentDepth == null ? null : levelOrError(row, parentDepth + 1, depths, parentCode);
    }

    private static Integer levelOrError(CsvRow row, int depth, Set<Integer> depths, String parentCode) {
        if (!depths.contains(depth)) {
            row.error(PARENT_CODE, "imports.unit.noLevelBelow", parentCode == null ? "—" : parentCode);
            return null;
        }
        return depth;
    }
}
