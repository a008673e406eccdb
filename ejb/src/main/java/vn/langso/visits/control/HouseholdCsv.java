package vn.langso.visits.control;

import java.io.Writer;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.langso.kernel.CsvColumns;
import vn.langso.kernel.CsvRow;
import vn.langso.kernel.CsvTable;
import vn.langso.kernel.CsvWriter;
import vn.langso.kernel.SearchKey;
import vn.langso.org.boundary.UnitRef;
import vn.langso.visits.entity.Household;

/**
 * The households file, imported and exported with the same columns so that an export imports again unchanged. A row
 * is matched by its hamlet and code; a row without a code by its hamlet, head of household and house number, so that
 * importing a registry twice adds nobody twice.
 */
public final class HouseholdCsv implements CsvColumns {

    public static final HouseholdCsv FORMAT = new HouseholdCsv();

    static final List<String> COLUMNS = List.of(
            "unit_code",
            "code",
            "head_name",
            "house_number",
            "street",
            "phone",
            "residents",
            "notes",
            "latitude",
            "longitude",
            "active");

    /** A checked row: {@code unit} is the hamlet it names. */
    public record Row(
            int line,
            UnitRef unit,
            String code,
            String headName,
            String houseNumber,
            String street,
            String phone,
            int residents,
            String notes,
            BigDecimal latitude,
            BigDecimal longitude,
            Boolean active) {

        public String key() {
            return code != null
                    ? unit.id() + "#" + code
                    : unit.id() + "~" + SearchKey.of(headName) + "~" + (houseNumber == null ? "" : houseNumber);
        }
    }

    private HouseholdCsv() {}

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public boolean required(String column) {
        return "unit_code".equals(column) || "head_name".equals(column);
    }

    /** Matching keys of stored households: by code, and by name and house number. */
    public static List<String> keys(Household h) {
        return List.of(
                h.getUnitId() + "#" + h.getCode(),
                h.getUnitId() + "~" + SearchKey.of(h.getHeadName()) + "~"
                        + (h.getHouseNumber() == null ? "" : h.getHouseNumber()));
    }

    /** Checks every row; the table collects each error with its line and column. {@code hamlets}: by code. */
    public static List<Row> check(CsvTable table, Map<String, UnitRef> hamlets) {
        Map<String, Integer> seen = new HashMap<>();
        return table.rows().stream()
                .map(row -> check(row, hamlets, seen))
                .filter(row -> row != null)
                .toList();
    }

    private static Row check(CsvRow row, Map<String, UnitRef> hamlets, Map<String, Integer> seen) {
        String unitCode = row.required("unit_code", 20);
        UnitRef unit = unitCode == null ? null : hamlets.get(unitCode);
        if (unitCode != null && unit == null) {
            row.error("unit_code", "household.csv.unitUnknown", unitCode);
        }
        String code = row.optional("code", 32);
        if (code != null && !code.matches(HouseholdRules.CODE)) {
            row.error("code", "household.codeInvalid");
        }
        String headName = row.required("head_name", HouseholdRules.NAME_LENGTH);
        String houseNumber = row.optional("house_number", 32);
        String street = row.optional("street", 150);
        String phone = row.optional("phone", 20);
        if (phone != null && !phone.matches(HouseholdRules.PHONE)) {
            row.error("phone", "household.phoneInvalid");
        }
        Integer residents = row.integer("residents", 1, HouseholdRules.MAXIMUM_RESIDENTS);
        String notes = row.optional("notes", 500);
        BigDecimal latitude = decimal(row, "latitude", 90);
        BigDecimal longitude = decimal(row, "longitude", 180);
        if ((latitude == null) != (longitude == null) && row.valid()) {
            row.error("latitude", "visit.positionHalf");
        }
        Boolean active = row.flag("active");
        if (!row.valid()) {
            return null;
        }
        Row checked = new Row(
                row.line(),
                unit,
                code,
                headName,
                houseNumber,
                street,
                HouseholdRules.phoneDigits(phone),
                residents == null ? 1 : residents,
                notes,
                latitude,
                longitude,
                active);
        Integer earlier = seen.putIfAbsent(checked.key(), row.line());
        if (earlier != null) {
            row.error(code != null ? "code" : "head_name", "household.csv.twice", earlier);
            return null;
        }
        return checked;
    }

    private static BigDecimal decimal(CsvRow row, String column, int limit) {
        String text = row.text(column);
        if (text == null) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.replace(',', '.'));
            if (value.abs().compareTo(BigDecimal.valueOf(limit)) > 0) {
                row.error(column, "visit.positionInvalid");
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            row.error(column, "visit.positionInvalid");
            return null;
        }
    }

    /** Same columns as the import; formula cells neutralised, since names come from the field. */
    public static void write(List<Household> households, Map<Long, String> unitCodes, Writer out) {
        start(out).rows(households, unitCodes);
    }

    public static Writing start(Writer out) {
        return new Writing(new CsvWriter(out).byteOrderMark().row(COLUMNS));
    }

    /** An export written a chunk at a time. */
    public record Writing(CsvWriter csv) {

        public void rows(List<Household> households, Map<Long, String> unitCodes) {
            for (Household h : households) {
                csv.row(Arrays.asList(
                        unitCodes.get(h.getUnitId()),
                        h.getCode(),
                        h.getHeadName(),
                        h.getHouseNumber(),
                        h.getStreet(),
                        h.getPhone(),
                        h.getResidents(),
                        h.getNotes(),
                        h.getLatitude(),
                        h.getLongitude(),
                        h.isActive()));
            }
        }
    }
}
