package vn.langso.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.ToLongFunction;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.langso.coverage.boundary.Coverage;
import vn.langso.coverage.boundary.CoverageFigures;
import vn.langso.coverage.boundary.CoverageRecount;
import vn.langso.coverage.boundary.CoverageRow;
import vn.langso.coverage.boundary.CoverageTable;
import vn.langso.it.AccountRows;
import vn.langso.it.Caller;
import vn.langso.it.Deployments;
import vn.langso.it.OrgFixture;
import vn.langso.kernel.ImportRejectedException;
import vn.langso.org.boundary.UnitReform;
import vn.langso.org.boundary.Units;
import vn.langso.org.control.UnitNames;
import vn.langso.visits.FieldRows;

/**
 * Runs inside the server: the real 2025 reform of Tiền Giang (164 communes of 11 districts into 57 communes, districts
 * abolished) applied to a province built from the real unit list, with households and visits on both sides of 1 July
 * 2025. Every household and visit is still counted exactly once, before, after and across the date.
 */
@ExtendWith(ArquillianExtension.class)
class ReformIT {

    static final Set<String> ADMIN = Set.of("ADMIN");
    static final Set<String> COORDINATOR = Set.of("COORDINATOR");
    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    static final LocalDate BEFORE = LocalDate.of(2025, 3, 10);
    static final LocalDate AFTER = LocalDate.of(2026, 2, 10);
    static final String UNITS = "vn/langso/demo/units/";

    @Inject
    UnitReform reform;

    @Inject
    Coverage coverage;

    @Inject
    CoverageRecount recount;

    @Inject
    Units units;

    @Resource(lookup = "java:jboss/datasources/LangSoDS")
    DataSource dataSource;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.langSo(
                ReformIT.class, OrgFixture.class, OrgFixture.Connections.class, AccountRows.class, FieldRows.class);
    }

    @Test
    void theReal2025MappingCountsEveryHouseholdAndVisitOnceBeforeAfterAndAcrossTheDate() throws Exception {
        OrgFixture org = OrgFixture.create(dataSource::getConnection);
        FieldRows rows = new FieldRows(dataSource::getConnection);
        String prefix = org.suffix + "-";
        String admin = org.account("admin", null, null, "ADMIN");

        // Tiền Giang as it stood in March 2025, codes made this test's own; one hamlet and household per commune.
        long province = org.unit(prefix + "82", "Tiền Giang " + org.suffix, "tỉnh", "PROVINCE", null);
        Map<String, Long> ids = new HashMap<>();
        List<Long> hamlets = new ArrayList<>();
        for (String[] unit : csv("tien-giang-2025-03.csv")) {
            UnitNames.Split name = UnitNames.split(unit[2], unit[3]);
            if (unit[0].equals("district")) {
                ids.put(unit[1], org.unit(prefix + unit[1], name.name(), name.typeLabel(), "DISTRICT", province));
            } else if (unit[0].equals("commune")) {
                long commune = org.unit(prefix + unit[1], name.name(), name.typeLabel(), "COMMUNE", ids.get(unit[4]));
                ids.put(unit[1], commune);
                hamlets.add(org.unit(prefix + unit[1] + "-01", "Ấp Một", "ấp", "VILLAGE", commune));
            }
        }
        assertThat(hamlets).hasSize(164);
        // Every even household visited before the date, every third after it.
        int visitsBefore = 0;
        int visitsAfter = 0;
        int reachedBefore = 0;
        int reachedNow = 0;
        for (int i = 0; i < hamlets.size(); i++) {
            long household = rows.household(hamlets.get(i), "Hộ " + i + " " + org.suffix, "1", null);
            boolean before = i % 2 == 0;
            boolean after = i % 3 == 0;
            if (before) {
                visit(household, hamlets.get(i), org, BEFORE);
                visitsBefore++;
            }
            if (after) {
                visit(household, hamlets.get(i), org, AFTER);
                visitsAfter++;
            }
            reachedBefore += before ? 1 : 0;
            reachedNow += before || after ? 1 : 0;
        }
        for (long hamlet : hamlets) {
            recount(hamlet);
        }

        UnitReform.Report report = Caller.as(admin, ADMIN, () -> reform.apply(REFORM, mapping(prefix)));

        assertThat(report.oldUnits()).isEqualTo(164);
        assertThat(report.newUnits()).hasSize(57);
        assertThat(report.abolished()).hasSize(11);

        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        CoverageTable old =
                Caller.as(admin, ADMIN, () -> coverage.byUnit(province, LocalDate.of(2025, 1, 1), REFORM.minusDays(1)));
        assertThat(old.rows()).hasSize(11);
        assertThat(old.rows()).extracting(r -> r.unit().name()).contains("Mỹ Tho", "Cái Bè", "Tân Phú Đông");
        assertThat(old.whole().visits()).isEqualTo(visitsBefore);
        assertThat(sum(old, CoverageFigures::visits)).isEqualTo(visitsBefore);
        assertThat(old.whole().reached()).isEqualTo(reachedBefore);
        assertThat(sum(old, CoverageFigures::reached)).isEqualTo(reachedBefore);

        CoverageTable after = Caller.as(admin, ADMIN, () -> coverage.byUnit(province, REFORM, today));
        assertThat(after.rows()).hasSize(57);
        assertThat(after.rows()).allMatch(r -> !r.unit().isClosed());
        assertThat(after.whole().visits()).isEqualTo(visitsAfter);
        assertThat(sum(after, CoverageFigures::visits)).isEqualTo(visitsAfter);
        assertThat(sum(after, CoverageFigures::households)).isEqualTo(164);
        assertThat(sum(after, CoverageFigures::reached)).isEqualTo(reachedNow);

        CoverageTable across =
                Caller.as(admin, ADMIN, () -> coverage.byUnit(province, LocalDate.of(2025, 1, 1), today));
        assertThat(across.rows()).hasSize(57);
        assertThat(sum(across, CoverageFigures::visits)).isEqualTo(visitsBefore + visitsAfter);
        assertThat(across.whole().visits()).isEqualTo(visitsBefore + visitsAfter);

        // Phường Đạo Thạnh kept the code of Phường 5 and is made of it, Phường 4 and Xã Đạo Thạnh, whose history it
        // holds.
        long daoThanh =
                Caller.as(admin, ADMIN, () -> units.byCode(prefix + "28249").id());
        assertThat(Caller.as(admin, ADMIN, () -> units.byId(daoThanh).name())).isEqualTo("Đạo Thạnh");
        CoverageTable newWard =
                Caller.as(admin, ADMIN, () -> coverage.byUnit(daoThanh, LocalDate.of(2025, 1, 1), today));
        assertThat(newWard.rows()).extracting(r -> r.unit().name()).containsExactlyInAnyOrder("4", "5", "Đạo Thạnh");
        assertThat(newWard.rows()).allMatch(r -> REFORM.equals(r.unit().closedOn()));
        // Before the date the new ward did not exist: its report is that of the wards it was made of.
        CoverageTable newWardBefore =
                Caller.as(admin, ADMIN, () -> coverage.byUnit(daoThanh, LocalDate.of(2025, 1, 1), REFORM.minusDays(1)));
        assertThat(newWardBefore.rows())
                .extracting(r -> r.unit().name())
                .containsExactlyInAnyOrder("4", "5", "Đạo Thạnh");
        assertThat(newWardBefore.whole().visits()).isEqualTo(sum(newWardBefore, CoverageFigures::visits));

        // Before the date a district still drills down to its own old communes.
        long myTho = ids.get("815");
        CoverageTable district =
                Caller.as(admin, ADMIN, () -> coverage.byUnit(myTho, LocalDate.of(2025, 1, 1), REFORM.minusDays(1)));
        assertThat(district.rows()).hasSize((int) csv("tien-giang-2025-03.csv").stream()
                .filter(u -> u[0].equals("commune") && u[4].equals("815"))
                .count());

        // Mỹ Tho's coordinator still sees his district's communes for a period before the date, down to one of them.
        String myThoCoordinator = org.account("coord815", myTho, null, "COORDINATOR");
        CoverageTable his = Caller.as(
                myThoCoordinator,
                COORDINATOR,
                () -> coverage.byUnit(null, LocalDate.of(2025, 1, 1), REFORM.minusDays(1)));
        assertThat(his.rows()).hasSameSizeAs(district.rows());
        long ward5 = ids.get("28249");
        assertThat(Caller.as(
                                myThoCoordinator,
                                COORDINATOR,
                                () -> coverage.byUnit(ward5, LocalDate.of(2025, 1, 1), REFORM.minusDays(1)))
                        .parent()
                        .id())
                .isEqualTo(ward5);

        // A new commune's coordinator sees its figures, not the province's.
        String coordinator = org.account("coord", daoThanh, null, "COORDINATOR");
        CoverageTable own = Caller.as(coordinator, COORDINATOR, () -> coverage.byUnit(null, REFORM, today));
        assertThat(own.parent().id()).isEqualTo(daoThanh);

        // Counters stay on the hamlets: a recount finds nothing to correct.
        for (long hamlet : hamlets) {
            assertThat(recount(hamlet)[1]).isZero();
        }
        assertThat(rows.count(
                        "select count(*) from admin_unit where valid_to = ? and code like ?", REFORM, prefix + "%"))
                .isEqualTo(164 + 11);

        // The same mapping again finds no open old unit.
        assertThatThrownBy(() -> Caller.as(admin, ADMIN, () -> reform.apply(REFORM, mapping(prefix))))
                .isInstanceOf(ImportRejectedException.class);
    }

    @Test
    void aMappingWithAnUnknownOldCodeOrASplitUnitChangesNothing() throws Exception {
        OrgFixture org = OrgFixture.create(dataSource::getConnection);
        String admin = org.account("admin", null, null, "ADMIN");
        String csv = "old_code,new_code,new_name,share\n"
                + org.code("CA") + "," + org.code("N1") + ",Xã Mới,whole\n"
                + org.code("NONE") + "," + org.code("N1") + ",Xã Mới,whole\n"
                + org.code("CB") + "," + org.code("N2") + ",Xã Khác,part\n";
        assertThatThrownBy(() -> Caller.as(
                        admin,
                        ADMIN,
                        () -> reform.apply(LocalDate.of(2025, 7, 1), csv.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(ImportRejectedException.class, rejected -> assertThat(rejected.errors())
                        .extracting(e -> e.messageKey())
                        .containsExactlyInAnyOrder("reform.oldUnknown", "reform.partNotSupported"));
        FieldRows rows = new FieldRows(dataSource::getConnection);
        assertThat(rows.count(
                        "select count(*) from admin_unit where code like ? and valid_to is not null",
                        "%" + org.suffix + "%"))
                .isZero();
        // A commune merged together with its own district, or a hamlet (where households live), is refused.
        long hamlet = org.hamlet(org.communeA, "Ấp Một");
        String nested = "old_code,new_code,new_name\n" + org.code("DA") + "," + org.code("N3") + ",Xã Ba\n"
                + org.code("CA") + "," + org.code("N4") + ",Xã Bốn\n"
                + rows.string("select code from admin_unit where id = ?", hamlet) + "," + org.code("N5") + ",Xã Năm\n";
        assertThatThrownBy(() -> Caller.as(
                        admin,
                        ADMIN,
                        () -> reform.preview(LocalDate.of(2025, 7, 1), nested.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(ImportRejectedException.class, rejected -> assertThat(rejected.errors())
                        .extracting(e -> e.messageKey())
                        .contains("reform.oldInsideOld", "reform.hamlet"));
        assertThatThrownBy(() -> Caller.as(
                        org.account("coord", org.districtA, null, "COORDINATOR"),
                        COORDINATOR,
                        () -> reform.apply(LocalDate.of(2025, 7, 1), csv.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(jakarta.ejb.EJBAccessException.class);
    }

    private void visit(long household, long hamlet, OrgFixture org, LocalDate day) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement("insert into visit (id, household_id, team_id, unit_id,"
                        + " author_member_id, visited_at, visited_on, body_hash, version, created_at, updated_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, 'test', 1, ?, ?)")) {
            LocalDateTime at = day.atTime(9, 0);
            insert.setString(1, UUID.randomUUID().toString());
            insert.setLong(2, household);
            insert.setLong(3, org.teamA);
            insert.setLong(4, hamlet);
            insert.setLong(5, org.memberA);
            insert.setObject(6, at);
            insert.setObject(7, day);
            insert.setObject(8, at);
            insert.setObject(9, at);
            insert.executeUpdate();
        }
    }

    /**
     * The visits were written without the application: the hamlet's counters are counted from them. The server's first
     * count of coverage may be going through the hamlets at the same time, and one of the two may lose a deadlock:
     * the loser's transaction is rolled back while the winner goes on, so counting again at once succeeds.
     */
    private int[] recount(long hamlet) {
        for (int attempt = 1; ; attempt++) {
            try {
                return recount.recountHamlet(hamlet, false);
            } catch (jakarta.ejb.EJBException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    private static long sum(CoverageTable table, ToLongFunction<CoverageFigures> figure) {
        return table.rows().stream().map(CoverageRow::figures).mapToLong(figure).sum();
    }

    /** The official old → new mapping with this test's codes. */
    private static byte[] mapping(String prefix) throws IOException {
        StringBuilder csv = new StringBuilder("old_code,old_name,new_code,new_name,share\n");
        for (String[] row : csv("tien-giang-old-to-new.csv")) {
            csv.append(prefix).append(row[0]).append(',').append(row[1]).append(',');
            csv.append(prefix)
                    .append(row[4])
                    .append(',')
                    .append(row[5])
                    .append(',')
                    .append(row[6])
                    .append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<String[]> csv(String file) throws IOException {
        try (InputStream in = UnitReform.class.getClassLoader().getResourceAsStream(UNITS + file)) {
            assertThat(in).as(file).isNotNull();
            List<String[]> rows = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n");
            for (int i = 1; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    rows.add(lines[i].split(",", -1));
                }
            }
            return rows;
        }
    }
}
