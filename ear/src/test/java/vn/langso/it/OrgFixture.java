package vn.langso.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.UUID;
import vn.langso.kernel.SearchKey;

/**
 * A small organisation of the test's own, written with JDBC: a province with two districts, a commune, a team
 * and a member in each. Codes carry a random suffix, so classes and runs never collide with each other or with
 * the demo data.
 */
public final class OrgFixture {

    public final String suffix = UUID.randomUUID().toString().substring(0, 6);
    public long province;
    public long districtA;
    public long districtB;
    public long communeA;
    public long communeB;
    public long teamA;
    public long teamB;
    public long memberA;
    public long memberB;

    /** Where the fixture gets its connections: the test database outside the server, a datasource inside. */
    @FunctionalInterface
    public interface Connections {
        Connection open() throws SQLException;
    }

    private Connections connections;

    /** From outside the server. */
    public static OrgFixture create() throws SQLException {
        return create(TestDatabase::connect);
    }

    public static OrgFixture create(Connections connections) throws SQLException {
        OrgFixture fixture = new OrgFixture();
        fixture.connections = connections;
        try (Connection connection = connections.open()) {
            fixture.write(connection);
        }
        return fixture;
    }

    public String code(String name) {
        return name + suffix;
    }

    public String teamAName() {
        return "Tổ Chợ Gạo thử " + suffix;
    }

    public String teamBName() {
        return "Tổ Đồng Tháp thử " + suffix;
    }

    private void write(Connection c) throws SQLException {
        province = unit(c, code("P"), "Tỉnh thử " + suffix, "tỉnh", "PROVINCE", null, "/");
        String provincePath = "/" + province + "/";
        districtA = unit(c, code("DA"), "Chợ Gạo " + suffix, "huyện", "DISTRICT", province, provincePath);
        districtB = unit(c, code("DB"), "Cái Bè " + suffix, "huyện", "DISTRICT", province, provincePath);
        communeA = unit(c, code("CA"), "Bình Phục Nhứt " + suffix, "xã", "COMMUNE", districtA, path(c, districtA));
        communeB = unit(c, code("CB"), "Hậu Mỹ Bắc " + suffix, "xã", "COMMUNE", districtB, path(c, districtB));
        teamA = team(c, communeA, teamAName());
        teamB = team(c, communeB, teamBName());
        memberA = member(c, "Nguyễn Văn An " + suffix, teamA, "LEADER");
        memberB = member(c, "Trần Thị Bình " + suffix, teamB, "LEADER");
    }

    /** An account of the given roles whose area is the unit's subtree, linked to a member if one is given. */
    public String account(String prefix, Long scopeUnit, Long member, String... roles) throws SQLException {
        try (Connection c = connections.open();
                PreparedStatement update =
                        c.prepareStatement("update account set scope_unit_id = ?, member_id = ? where username = ?")) {
            String username = AccountRows.insert(c, prefix, AccountRows.PASSWORD, roles);
            update.setObject(1, scopeUnit);
            update.setObject(2, member);
            update.setString(3, username);
            update.executeUpdate();
            return username;
        }
    }

    /** A hamlet (the deepest level) under a commune of the fixture, where households live. */
    public long hamlet(long commune, String name) throws SQLException {
        try (Connection c = connections.open()) {
            return unit(
                    c, code("H" + name.hashCode()), name + " " + suffix, "ấp", "VILLAGE", commune, path(c, commune));
        }
    }

    /** Any unit, under a parent or at the top, with the code as given; 100 households. */
    public long unit(String code, String name, String type, String level, Long parent) throws SQLException {
        try (Connection c = connections.open()) {
            return unit(c, code, name, type, level, parent, parent == null ? "/" : path(c, parent));
        }
    }

    /** One more team in a unit of the fixture. */
    public long team(long unit, String name) throws SQLException {
        try (Connection c = connections.open()) {
            return team(c, unit, name + " " + suffix);
        }
    }

    /** One more member of a team, with an open membership. */
    public long teamMember(long team, String name) throws SQLException {
        try (Connection c = connections.open()) {
            return member(c, name + " " + suffix, team, "MEMBER");
        }
    }

    private static long unit(
            Connection c, String code, String name, String type, String level, Long parent, String parentPath)
            throws SQLException {
        long id;
        try (PreparedStatement insert = c.prepareStatement(
                "insert into admin_unit (code, name, search_key, type_label, level_id, parent_id, path, households)"
                        + " values (?, ?, ?, ?, (select id from admin_level where code = ?), ?, '/', 100)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, code);
            insert.setString(2, name);
            insert.setString(3, SearchKey.of(name));
            insert.setString(4, type);
            insert.setString(5, level);
            insert.setObject(6, parent);
            insert.executeUpdate();
            id = generatedId(insert);
        }
        try (PreparedStatement path = c.prepareStatement("update admin_unit set path = ? where id = ?")) {
            path.setString(1, parentPath + id + "/");
            path.setLong(2, id);
            path.executeUpdate();
        }
        return id;
    }

    private static String path(Connection c, long unit) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("select path from admin_unit where id = ?")) {
            select.setLong(1, unit);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private static long team(Connection c, long unit, String name) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "insert into team (unit_id, name, search_key, founded_on) values (?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, unit);
            insert.setString(2, name);
            insert.setString(3, SearchKey.of(name));
            insert.setObject(4, LocalDate.of(2023, 3, 1));
            insert.executeUpdate();
            return generatedId(insert);
        }
    }

    private static long member(Connection c, String name, long team, String role) throws SQLException {
        long id;
        try (PreparedStatement insert = c.prepareStatement(
                "insert into member (full_name, search_key, phone) values (?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, name);
            insert.setString(2, SearchKey.of(name));
            insert.setString(3, AccountRows.uniquePhone());
            insert.executeUpdate();
            id = generatedId(insert);
        }
        try (PreparedStatement insert = c.prepareStatement(
                "insert into team_membership (team_id, member_id, team_role, started_on) values (?, ?, ?, ?)")) {
            insert.setLong(1, team);
            insert.setLong(2, id);
            insert.setString(3, role);
            insert.setObject(4, LocalDate.of(2023, 3, 1));
            insert.executeUpdate();
        }
        return id;
    }

    private static long generatedId(PreparedStatement insert) throws SQLException {
        try (ResultSet keys = insert.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
