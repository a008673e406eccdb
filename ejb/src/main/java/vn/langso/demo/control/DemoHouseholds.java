package vn.langso.demo.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.langso.kernel.SearchKey;

/**
 * The households of the demo hamlets as records, as many in each hamlet as its household count says: a head of
 * household with a Vietnamese name, a house number along numbered lanes, a phone for most. Deterministic, and written
 * in multi-row inserts so that a whole province (about half a million) loads in seconds.
 */
public final class DemoHouseholds {

    private record Row(
            long unitId,
            String code,
            String headName,
            String houseNumber,
            String street,
            String phone,
            int residents) {}

    private DemoHouseholds() {}

    /** Every hamlet whose path starts with the prefix; answers how many households were written. */
    public static long load(Connection connection, String pathPrefix, LocalDateTime now) throws SQLException {
        VietnameseNames names = new VietnameseNames(VietnameseNames.DEFAULT_SEED + 11);
        Random random = new Random(2025);
        long written = 0;
        List<Row> rows = new ArrayList<>();
        for (long[] hamlet : hamlets(connection, pathPrefix)) {
            for (int i = 1; i <= hamlet[1]; i++) {
                VietnameseNames.Gender gender =
                        random.nextInt(10) < 7 ? VietnameseNames.Gender.MALE : VietnameseNames.Gender.FEMALE;
                rows.add(new Row(
                        hamlet[0],
                        String.format("HGD%05d", i),
                        names.fullName(gender, 1940 + random.nextInt(56)),
                        String.valueOf(i),
                        "Tổ " + (1 + (i - 1) / 40),
                        random.nextInt(10) < 6 ? names.phone() : null,
                        1 + random.nextInt(7)));
            }
            if (rows.size() >= 5_000) {
                written += write(connection, rows, now);
            }
        }
        return written + write(connection, rows, now);
    }

    private static int write(Connection connection, List<Row> rows, LocalDateTime now) throws SQLException {
        BulkInsert.insert(
                connection,
                "household (unit_id, code, head_name, search_key, house_number, street, phone, residents, created_at,"
                        + " created_by)",
                rows,
                row -> new Object[] {
                    row.unitId(),
                    row.code(),
                    row.headName(),
                    SearchKey.of(row.headName()),
                    row.houseNumber(),
                    row.street(),
                    row.phone(),
                    row.residents(),
                    now,
                    "demo"
                });
        int count = rows.size();
        rows.clear();
        return count;
    }

    /** Id and household count of each hamlet (the deepest level) under the prefix. */
    private static List<long[]> hamlets(Connection connection, String pathPrefix) throws SQLException {
        List<long[]> hamlets = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select u.id, u.households from admin_unit u"
                + " join admin_level l on l.id = u.level_id where u.path like ?"
                + " and l.depth = (select max(depth) from admin_level) order by u.id")) {
            select.setString(1, pathPrefix + "%");
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    hamlets.add(new long[] {result.getLong(1), result.getLong(2)});
                }
            }
        }
        return hamlets;
    }
}
