package vn.langso.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.langso.coverage.boundary.Coverage;
import vn.langso.coverage.boundary.CoverageFigures;
import vn.langso.coverage.boundary.CoverageRecount;
import vn.langso.coverage.boundary.CoverageRow;
import vn.langso.coverage.boundary.CoverageTable;
import vn.langso.coverage.boundary.CoverageTargets;
import vn.langso.coverage.boundary.HouseholdCoverageRow;
import vn.langso.coverage.boundary.Indicator;
import vn.langso.coverage.boundary.MyContribution;
import vn.langso.coverage.boundary.ServiceFunnel;
import vn.langso.coverage.boundary.TargetProgress;
import vn.langso.it.AccountRows;
import vn.langso.it.Caller;
import vn.langso.it.Deployments;
import vn.langso.it.OrgFixture;
import vn.langso.kernel.BasicDigitalSkill;
import vn.langso.kernel.ConflictException;
import vn.langso.kernel.InvalidInputException;
import vn.langso.kernel.NotFoundException;
import vn.langso.kernel.OutreachService;
import vn.langso.kernel.PageRequest;
import vn.langso.sessions.boundary.AttendanceBook;
import vn.langso.sessions.boundary.AttendanceInput;
import vn.langso.sessions.boundary.OccurrenceView;
import vn.langso.sessions.boundary.SeriesDetails;
import vn.langso.sessions.boundary.Sessions;
import vn.langso.sessions.control.RecurrencePlan;
import vn.langso.visits.FieldRows;
import vn.langso.visits.boundary.HouseholdInput;
import vn.langso.visits.boundary.Households;
import vn.langso.visits.boundary.VisitInput;
import vn.langso.visits.boundary.VisitInput.ResidentInput;
import vn.langso.visits.boundary.VisitInput.ServiceInput;
import vn.langso.visits.boundary.VisitLog;
import vn.langso.visits.entity.Outcome;

/**
 * Runs inside the server: coverage figures counted by hand on a small area, kept by the visit, attendance and registry
 * writes, scoped to the caller's area, and equal to a full recount after a random mix of concurrent writes.
 */
@ExtendWith(ArquillianExtension.class)
class CoverageIT {

    static final Set<String> LEADER = Set.of("TEAM_LEADER", "MEMBER");
    static final Set<String> COORDINATOR = Set.of("COORDINATOR");
    static final Set<String> TRAINER = Set.of("TRAINER");
    static final EnumSet<BasicDigitalSkill> FIRST_THREE = EnumSet.of(
            BasicDigitalSkill.PUBLIC_SERVICES, BasicDigitalSkill.ONLINE_SHOPPING, BasicDigitalSkill.ONLINE_PAYMENT);
    static final EnumSet<BasicDigitalSkill> LAST_TWO =
            EnumSet.of(BasicDigitalSkill.ONLINE_SAFETY, BasicDigitalSkill.LOCAL_PLATFORMS);

    @Inject
    Coverage coverage;

    @Inject
    CoverageRecount recount;

    @Inject
    CoverageTargets targets;

    @Inject
    Households households;

    @Inject
    VisitLog visits;

    @Inject
    Sessions sessions;

    @Inject
    AttendanceBook attendance;

    @Resource(lookup = "java:jboss/datasources/LangSoDS")
    DataSource dataSource;

    OrgFixture org;
    FieldRows rows;
    long hamletA1;
    long hamletA2;
    long hamletB;
    String leader;
    String coordinatorA;
    String coordinatorB;
    String trainer;
    LocalDate today;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.langSo(
                CoverageIT.class, OrgFixture.class, OrgFixture.Connections.class, AccountRows.class, FieldRows.class);
    }

    @BeforeEach
    void anAreaWithHamlets() throws Exception {
        org = OrgFixture.create(dataSource::getConnection);
        rows = new FieldRows(dataSource::getConnection);
        hamletA1 = org.hamlet(org.communeA, "Ấp Một");
        hamletA2 = org.hamlet(org.communeA, "Ấp Hai");
        hamletB = org.hamlet(org.communeB, "Ấp Ba");
        leader = org.account("leader", org.communeA, org.memberA, "TEAM_LEADER", "MEMBER");
        coordinatorA = org.account("coordA", org.districtA, null, "COORDINATOR");
        coordinatorB = org.account("coordB", org.districtB, null, "COORDINATOR");
        trainer = org.account("trainer", null, null, "TRAINER");
        today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    @Test
    void theFiguresOfASmallAreaAreTheOnesCountedByHand() throws Exception {
        long ba = household(hamletA1, "Lê Văn Ba");
        long tu = household(hamletA1, "Phạm Thị Tư");
        long nam = household(hamletA1, "Võ Văn Năm");
        household(hamletA2, "Đỗ Thị Sáu");
        LocalDate early = today.minusDays(20);
        LocalDate late = today.minusDays(2);
        // Ba's household: VNeID done and three skills early, the other two (name typed without accents) late.
        visit(ba, early, List.of(service(OutreachService.VNEID, Outcome.DONE)), "Lê Văn Ba", FIRST_THREE);
        visit(ba, late, List.of(service(OutreachService.OTHER, Outcome.NOT_ELIGIBLE)), "le van  ba", LAST_TWO);
        // Tư's: cashless left partial early; Năm's: e-commerce declined late.
        visit(tu, early, List.of(service(OutreachService.CASHLESS, Outcome.PARTIAL)), "Phạm Thị Tư", FIRST_THREE);
        visit(nam, late, List.of(service(OutreachService.ECOMMERCE, Outcome.DECLINED)), null, Set.of());

        CoverageTable district = Caller.as(coordinatorA, COORDINATOR, () -> coverage.byUnit(null, early, today));
        assertThat(district.parent().id()).isEqualTo(org.districtA);
        CoverageFigures communeA = row(district, org.communeA).figures();
        assertThat(communeA.households()).isEqualTo(4);
        assertThat(communeA.fromRegistry()).isTrue();
        assertThat(communeA.reached()).isEqualTo(3);
        assertThat(communeA.proficient()).isEqualTo(1);
        assertThat(communeA.proficientPercent()).isEqualTo(25.0);
        assertThat(communeA.visits()).isEqualTo(4);
        assertThat(communeA.activeMembers()).isEqualTo(1);
        assertThat(communeA.visitsPerActiveMember()).isEqualTo(4.0);
        // Tư's partial cashless, twenty days ago, was due a week later: overdue now.
        assertThat(communeA.followUpsOverdue()).isEqualTo(1);
        assertThat(communeA.sessionsHeld()).isZero();
        assertThat(funnel(communeA, OutreachService.VNEID)).isEqualTo(ServiceFunnel.of(OutreachService.VNEID, 1, 1, 0));
        assertThat(funnel(communeA, OutreachService.CASHLESS).partial()).isEqualTo(1);
        assertThat(funnel(communeA, OutreachService.ECOMMERCE).declined()).isEqualTo(1);

        // A period of whole years reads the members' visits by year: still the one member.
        CoverageTable years =
                Caller.as(coordinatorA, COORDINATOR, () -> coverage.byUnit(null, early.withDayOfYear(1), today));
        assertThat(row(years, org.communeA).figures().activeMembers()).isEqualTo(1);
        assertThat(row(years, org.communeA).figures().visits()).isEqualTo(4);

        // As of the day before the late visits: two households reached, none proficient yet.
        CoverageTable before =
                Caller.as(coordinatorA, COORDINATOR, () -> coverage.byUnit(org.communeA, early, late.minusDays(1)));
        assertThat(before.whole().reached()).isEqualTo(2);
        assertThat(before.whole().proficient()).isZero();
        assertThat(before.whole().visits()).isEqualTo(2);
        assertThat(row(before, hamletA2).figures().reached()).isZero();

        // A period of the late days only: three reached by its end, one of them within it.
        CoverageFigures lateOnly = Caller.as(
                        coordinatorA, COORDINATOR, () -> coverage.byUnit(org.communeA, late, today))
                .whole();
        assertThat(lateOnly.reached()).isEqualTo(3);
        assertThat(lateOnly.reachedInPeriod()).isEqualTo(1);
        assertThat(lateOnly.proficientInPeriod()).isEqualTo(1);

        MyContribution mine = Caller.as(leader, LEADER, () -> coverage.mine(early, today));
        assertThat(mine.visits()).isEqualTo(4);
        assertThat(mine.households()).isEqualTo(3);

        List<HouseholdCoverageRow> hamlet = Caller.as(
                        coordinatorA,
                        COORDINATOR,
                        () -> coverage.households(hamletA1, null, new PageRequest(0, 20, "headName", true)))
                .items();
        assertThat(hamlet)
                .extracting(HouseholdCoverageRow::headName)
                .containsExactly("Lê Văn Ba", "Phạm Thị Tư", "Võ Văn Năm");
        assertThat(hamlet.get(0).proficientOn()).isEqualTo(late);
        assertThat(hamlet.get(0).done()).containsExactly(OutreachService.VNEID);
        assertThat(hamlet.get(1).partial()).containsExactly(OutreachService.CASHLESS);
        assertThat(hamlet.get(2).reachedOn()).isEqualTo(late);
    }

    @Test
    void targetsAreFollowedDownTheHierarchyAndTheLaggingUnitsShowTheirGap() throws Exception {
        long ba = household(hamletA1, "Lê Văn Ba");
        household(hamletA1, "Phạm Thị Tư");
        visit(
                ba,
                today,
                List.of(service(OutreachService.VNEID, Outcome.DONE)),
                "Lê Văn Ba",
                EnumSet.allOf(BasicDigitalSkill.class));
        LocalDate yearEnd = today.withDayOfYear(1).plusYears(1).minusDays(1);
        Caller.as(
                coordinatorA,
                COORDINATOR,
                () -> targets.set(org.districtA, Indicator.REACHED, new BigDecimal("40"), yearEnd));
        Caller.as(
                coordinatorA,
                COORDINATOR,
                () -> targets.set(hamletA1, Indicator.PROFICIENT, new BigDecimal("80"), yearEnd));

        CoverageTable commune = Caller.as(coordinatorA, COORDINATOR, () -> coverage.byUnit(org.communeA, today, today));
        TargetProgress reached = commune.targets().stream()
                .filter(t -> t.indicator() == Indicator.REACHED)
                .findFirst()
                .orElseThrow();
        assertThat(reached.inherited()).isTrue();
        assertThat(reached.actual()).isEqualTo(50.0);
        assertThat(reached.reached()).isTrue();
        CoverageRow one = row(commune, hamletA1);
        assertThat(one.proficientGap()).isEqualTo(30.0);
        assertThat(row(commune, hamletA2).proficientGap()).isZero();

        assertThatThrownBy(() -> Caller.as(
                        coordinatorB,
                        COORDINATOR,
                        () -> targets.set(hamletA1, Indicator.REACHED, BigDecimal.TEN, yearEnd)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> Caller.as(
                        leader, LEADER, () -> targets.set(hamletA1, Indicator.REACHED, BigDecimal.TEN, yearEnd)))
                .isInstanceOf(jakarta.ejb.EJBAccessException.class);
        assertThatThrownBy(() -> Caller.as(
                        coordinatorA,
                        COORDINATOR,
                        () -> targets.set(hamletA1, Indicator.REACHED, BigDecimal.TEN, today.minusDays(1))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Caller.as(
                        coordinatorA,
                        COORDINATOR,
                        () -> targets.set(hamletA1, Indicator.REACHED, new BigDecimal("100.1"), yearEnd)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void membersCertifiedPerSkillAreThoseOfTheAreasTeamsAndEverywhereAllMembersOfATeam() throws Exception {
        String skillCode = "COV" + org.suffix;
        long skill;
        try (java.sql.Connection c = dataSource.getConnection();
                java.sql.PreparedStatement insertSkill = c.prepareStatement(
                        "insert into skill (code, name) values (?, ?)", java.sql.Statement.RETURN_GENERATED_KEYS);
                java.sql.PreparedStatement insertCertificate = c.prepareStatement(
                        "insert into certificate (number, member_id, skill_id, status, issued_on, expires_on,"
                                + " verification_code) values (?, ?, ?, 'ACTIVE', ?, ?, ?)")) {
            insertSkill.setString(1, skillCode);
            insertSkill.setString(2, "Kỹ năng thử " + org.suffix);
            insertSkill.executeUpdate();
            try (java.sql.ResultSet keys = insertSkill.getGeneratedKeys()) {
                keys.next();
                skill = keys.getLong(1);
            }
            insertCertificate.setString(1, "C" + org.suffix);
            insertCertificate.setLong(2, org.memberA);
            insertCertificate.setLong(3, skill);
            insertCertificate.setObject(4, today.minusDays(3));
            insertCertificate.setObject(5, today.plusYears(1));
            insertCertificate.setString(6, "V" + UUID.randomUUID().toString().substring(0, 30));
            insertCertificate.executeUpdate();
        }
        String admin = org.account("admin", null, null, "ADMIN");

        var inA = certified(Caller.as(coordinatorA, COORDINATOR, () -> coverage.byUnit(null, today, today)), skillCode);
        var inB = certified(Caller.as(coordinatorB, COORDINATOR, () -> coverage.byUnit(null, today, today)), skillCode);
        var everywhere =
                certified(Caller.as(admin, Set.of("ADMIN"), () -> coverage.byUnit(null, today, today)), skillCode);

        assertThat(inA.members()).isEqualTo(1);
        assertThat(inA.certified()).isEqualTo(1);
        assertThat(inB.members()).isEqualTo(1);
        assertThat(inB.certified()).isZero();
        assertThat(everywhere.members())
                .isEqualTo(rows.count("select count(*) from team_membership where ended_on is null"));
        assertThat(everywhere.certified()).isEqualTo(1);
    }

    private static vn.langso.certification.boundary.SkillCertified certified(CoverageTable table, String skillCode) {
        return table.certified().stream()
                .filter(c -> c.skillCode().equals(skillCode))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aCoordinatorNeverSeesAnotherDistrictsFigures() throws Exception {
        long ba = household(hamletA1, "Lê Văn Ba");
        visit(ba, today, List.of(service(OutreachService.VNEID, Outcome.DONE)), null, Set.of());

        CoverageTable own = Caller.as(coordinatorB, COORDINATOR, () -> coverage.byUnit(null, today, today));
        assertThat(own.parent().id()).isEqualTo(org.districtB);
        assertThat(own.whole().reached()).isZero();
        assertThatThrownBy(
                        () -> Caller.as(coordinatorB, COORDINATOR, () -> coverage.byUnit(org.communeA, today, today)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> Caller.as(
                        coordinatorB, COORDINATOR, () -> coverage.households(hamletA1, null, PageRequest.first(20))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anEditMovesWhatAVisitCountedAndTheRecountAgrees() throws Exception {
        long ba = household(hamletA1, "Lê Văn Ba");
        String id = UUID.randomUUID().toString();
        LocalDate first = today.minusDays(40);
        Caller.as(
                leader,
                LEADER,
                () -> visits.put(
                        id,
                        input(
                                ba,
                                first,
                                List.of(service(OutreachService.VNEID, Outcome.PARTIAL)),
                                null,
                                Set.of(),
                                null)));
        Caller.as(
                leader,
                LEADER,
                () -> visits.put(
                        id,
                        input(ba, today, List.of(service(OutreachService.VNEID, Outcome.DONE)), null, Set.of(), 1)));

        CoverageFigures before = Caller.as(coordinatorA, COORDINATOR, () -> coverage.byUnit(org.communeA, first, first))
                .whole();
        assertThat(before.reached()).isZero();
        assertThat(before.visits()).isZero();
        CoverageFigures now = Caller.as(coordinatorA, COORDINATOR, () -> coverage.byUnit(org.communeA, today, today))
                .whole();
        assertThat(now.reached()).isEqualTo(1);
        assertThat(funnel(now, OutreachService.VNEID)).isEqualTo(ServiceFunnel.of(OutreachService.VNEID, 1, 1, 0));
        assertThat(recount.recountHamlet(hamletA1, true)[1]).isZero();
    }

    @Test
    void aRandomMixOfConcurrentWritesEqualsAFullRecount() throws Exception {
        List<Long> homes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            homes.add(household(i % 2 == 0 ? hamletA1 : hamletA2, "Hộ Thử " + i));
        }
        OccurrenceView session = sessionStartingSoon(hamletA1);
        Map<Long, String> attendanceOf = new ConcurrentHashMap<>();
        List<String> written = java.util.Collections.synchronizedList(new ArrayList<>());
        // Not the digital signature: a test of the certificate gate may ask a certificate for it.
        OutreachService[] services = EnumSet.complementOf(EnumSet.of(OutreachService.DIGITAL_SIGNATURE))
                .toArray(OutreachService[]::new);
        Outcome[] outcomes = Outcome.values();
        BasicDigitalSkill[] skills = BasicDigitalSkill.values();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                long seed = 1000L + thread;
                runs.add(pool.submit(() -> {
                    Random random = new Random(seed);
                    for (int step = 0; step < 15; step++) {
                        long home = homes.get(random.nextInt(homes.size()));
                        int kind = random.nextInt(10);
                        if (kind < 2) {
                            String id = attendanceOf.computeIfAbsent(
                                    home, h -> UUID.randomUUID().toString());
                            List<AttendanceInput.Resident> came = List.of(new AttendanceInput.Resident(
                                    random.nextBoolean() ? "Người Một" : "Nguoi Hai", null));
                            Caller.as(
                                    leader,
                                    LEADER,
                                    () -> attendance.put(
                                            id, new AttendanceInput(session.id(), home, null, null, came)));
                        } else if (kind < 3 && !written.isEmpty()) {
                            // An edit: an earlier visit of this thread's choosing, moved to another day and household.
                            String id = written.get(random.nextInt(written.size()));
                            Integer version = Caller.as(
                                    leader, LEADER, () -> visits.find(id).version());
                            try {
                                Caller.as(
                                        leader,
                                        LEADER,
                                        () -> visits.put(
                                                id,
                                                input(
                                                        home,
                                                        today.minusDays(random.nextInt(60)),
                                                        List.of(service(
                                                                services[random.nextInt(services.length)],
                                                                Outcome.DONE)),
                                                        "Người Một",
                                                        Set.of(skills[random.nextInt(skills.length)]),
                                                        version)));
                            } catch (ConflictException anotherEditCameFirst) {
                                // Two edits of one version at once: the second is refused, as on a phone.
                            }
                        } else {
                            String id = UUID.randomUUID().toString();
                            Caller.as(
                                    leader,
                                    LEADER,
                                    () -> visits.put(
                                            id,
                                            input(
                                                    home,
                                                    today.minusDays(random.nextInt(360)),
                                                    List.of(service(
                                                            services[random.nextInt(services.length)],
                                                            outcomes[random.nextInt(3)])),
                                                    random.nextBoolean() ? "Người Một" : "Người Hai",
                                                    EnumSet.of(
                                                            skills[random.nextInt(skills.length)],
                                                            skills[random.nextInt(skills.length)]),
                                                    null)));
                            written.add(id);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(recount.recountHamlet(hamletA1, true)[1]).isZero();
        assertThat(recount.recountHamlet(hamletA2, true)[1]).isZero();
        assertThat(rows.count("select count(*) from coverage_drift where unit_id in (?, ?)", hamletA1, hamletA2))
                .isZero();

        // The proof can fail: a counter put wrong by hand is found, recorded and put right.
        try (var c = dataSource.getConnection();
                var update = c.prepareStatement(
                        "update coverage_count set n = n + 1 where unit_id = ? and grain = 'T' and measure = 'VISITS'")) {
            update.setLong(1, hamletA1);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
        assertThat(recount.recountHamlet(hamletA1, true)[1]).isEqualTo(1);
        assertThat(rows.count("select count(*) from coverage_drift where unit_id = ?", hamletA1))
                .isEqualTo(1);
        assertThat(recount.recountHamlet(hamletA1, true)[1]).isZero();
    }

    private long household(long hamlet, String name) throws Exception {
        return Caller.as(
                        leader,
                        LEADER,
                        () -> households.create(new HouseholdInput(
                                null, hamlet, null, name, null, null, null, null, null, null, null, null)))
                .household()
                .id();
    }

    private void visit(
            long household, LocalDate day, List<ServiceInput> services, String resident, Set<BasicDigitalSkill> skills)
            throws Exception {
        Caller.as(
                leader,
                LEADER,
                () -> visits.put(
                        UUID.randomUUID().toString(), input(household, day, services, resident, skills, null)));
    }

    private static VisitInput input(
            long household,
            LocalDate day,
            List<ServiceInput> services,
            String resident,
            Set<BasicDigitalSkill> skills,
            Integer baseVersion) {
        return new VisitInput(
                household,
                null,
                null,
                List.of(),
                day.atTime(9, 0),
                services,
                resident == null ? List.of() : List.of(new ResidentInput(resident, null, skills)),
                null,
                null,
                null,
                null,
                baseVersion);
    }

    private static ServiceInput service(OutreachService code, Outcome outcome) {
        return new ServiceInput(code, outcome, null, null);
    }

    private OccurrenceView sessionStartingSoon(long hamlet) throws Exception {
        SeriesDetails details = new SeriesDetails(
                hamlet,
                "Kỹ năng số " + org.suffix,
                Set.of(OutreachService.VNEID),
                Set.of(BasicDigitalSkill.ONLINE_SAFETY),
                null,
                "Nhà văn hoá ấp",
                null,
                Set.of(org.memberA),
                LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusMinutes(20).truncatedTo(ChronoUnit.MINUTES),
                90,
                RecurrencePlan.once());
        return Caller.as(trainer, TRAINER, () -> sessions.schedule(details)).get(0);
    }

    private static CoverageRow row(CoverageTable table, long unitId) {
        return table.rows().stream()
                .filter(r -> r.unit().id() == unitId)
                .findFirst()
                .orElseThrow();
    }

    private static ServiceFunnel funnel(CoverageFigures figures, OutreachService service) {
        return figures.services().stream()
                .filter(f -> f.service() == service)
                .findFirst()
                .orElseThrow();
    }
}
