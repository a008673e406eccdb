package vn.langso.org.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.langso.kernel.CsvColumns;
import vn.langso.kernel.CsvRow;
import vn.langso.kernel.CsvTable;

/**
 * The CSV mapping of a reform, one row per old unit: {@code old_code,new_code,new_name}, optionally the new unit's type
 * and parent (see UnitReform for the default). The official mapping files
 * ({@code tien-giang-old-to-new.csv}) read as they are: their names carry the type word, and their other columns are
 * there for people. Only whole units can be merged: an old unit split among several new ones is refused.
 */
public enum ReformMapping implements CsvColumns {
    INSTANCE;

    /** One old unit and the new unit it goes into. */
    public record Merge(
            int line, String oldCode, String newCode, String newName, String newTypeLabel, String newParentCode) {}

    private static final List<String> COLUMNS = List.of(
            "old_code",
            "new_code",
            "new_name",
            "new_type",
            "new_parent_code",
            "old_name",
            "old_district_code",
            "old_district_name",
            "share");

    private static final Set<String> REQUIRED = Set.of("old_code", "new_code", "new_name");

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public boolean required(String column) {
        return REQUIRED.contains(column);
    }

    /** The merges of the table's rows; a row with an error adds it to the table's errors and gives none. */
    public static List<Merge> merges(CsvTable table) {
        List<Merge> merges = new ArrayList<>();
        for (CsvRow row : table.rows()) {
            String oldCode = row.required("old_code", 20);
            String newCode = row.required("new_code", 20);
            String name = row.required("new_name", 150);
            String type = row.optional("new_type", 40);
            String parent = row.optional("new_parent_code", 20);
            String share = row.text("share");
            if (share != null && !share.equalsIgnoreCase("whole")) {
                row.error("share", "reform.partNotSupported");
            }
            if (newCode != null && !newCode.matches("[0-9A-Za-z._-]+")) {
                row.error("new_code", "reform.codeCharacters");
            }
            if (name != null) {
                UnitNames.Split split = UnitNames.split(name, type);
                String label = type != null ? type.toLowerCase(Locale.ROOT) : split.typeLabel();
                if (label == null) {
                    row.error("new_type", "reform.typeNeeded");
                } else if (row.valid()) {
                    merges.add(new Merge(row.line(), oldCode, newCode, split.name(), label, parent));
                }
            }
        }
        return merges;
    }
}
