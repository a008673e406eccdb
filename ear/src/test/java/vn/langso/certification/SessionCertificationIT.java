package vn.langso.certification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.langso.certification.boundary.CertificateIssuing;
import vn.langso.certification.boundary.Certificates;
import vn.langso.certification.boundary.SkillInput;
import vn.langso.certification.boundary.SkillProgress;
import vn.langso.certification.boundary.Skills;
import vn.langso.it.AccountRows;
import vn.langso.it.Caller;
import vn.langso.it.Deployments;
import vn.langso.it.OrgFixture;
import vn.langso.kernel.OutreachService;
import vn.langso.sessions.boundary.AttendanceBook;
import vn.langso.sessions.boundary.AttendanceInput;
import vn.langso.sessions.boundary.OccurrenceView;
import vn.langso.sessions.boundary.SeriesDetails;
import vn.langso.sessions.boundary.Sessions;
import vn.langso.sessions.control.RecurrencePlan;

/**
 * Runs inside the server: a rule asking for two VNeID sessions attended certifies a member at the second one, the
 * moment the facilitator records him; a session on another service does not count.
 */
@ExtendWith(ArquillianExtension.class)
class SessionCertificationIT {

    static final Set<String> ADMIN = Set.of("ADMIN");
    static final Set<String> TRAINER = Set.of("TRAINER");
    static final Set<String> MEMBER = Set.of("MEMBER");

    @Inject
    Skills skills;

    @Inject
    Sessions sessions;

    @Inject
    AttendanceBook attendance;

    @Inject
    Certificates certificates;

    @Inject
    CertificateIssuing issuing;

    @Resource(lookup = "java:jboss/datasources/LangSoDS")
    DataSource dataSource;

    OrgFixture org;
    CertificationRows rows;
    String trainer;
    String facilitator;
    long learner;
    long skill;
    long hamlet;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.langSo(
                SessionCertificationIT.class,
                CertificationRows.class,
                CertificationRows.Stored.class,
                OrgFixture.class,
                OrgFixture.Connections.class,
                AccountRows.class);
    }

    @BeforeEach
    void aRuleOfTwoVneidSessions() throws Exception {
        org = OrgFixture.create(dataSource::getConnection);
        rows = new CertificationRows(dataSource::getConnection);
        trainer = org.account("trainer", null, null, "TRAINER");
        facilitator = org.account("member", null, org.memberA, "MEMBER");
        learner = org.teamMember(org.teamA, "Học Viên");
        hamlet = org.hamlet(org.communeA, "Ấp Sinh Hoạt");
        String admin = org.account("admin", null, null, "ADMIN");
        skill = Caller.as(
                admin,
                ADMIN,
                () -> skills.save(
                        null,
                        new SkillInput(
                                "S" + org.suffix,
                                "Hướng dẫn VNeID " + org.suffix,
                                null,
                                true,
                                24,
                                List.of(),
                                Map.of(),
                                OutreachService.VNEID,
                                2)));
    }

    @Test
    void theSecondVneidSessionAttendedCertifiesTheMemberAndAnotherServiceDoesNotCount() throws Exception {
        String learnerAccount = org.account("learner", null, learner, "MEMBER");
        attend(session(OutreachService.VNEID));
        attend(session(OutreachService.CYBER_SAFETY));
        assertThat(rows.certificates(learner, skill))
                .as("one VNeID session so far")
                .isEmpty();
        SkillProgress.SessionsStep step = Caller.as(learnerAccount, MEMBER, () -> certificates.mine()).toEarn().stream()
                .filter(s -> s.skillName().equals("Hướng dẫn VNeID " + org.suffix))
                .findFirst()
                .orElseThrow()
                .sessions();
        assertThat(step.attended()).isEqualTo(1);
        assertThat(step.required()).isEqualTo(2);

        attend(session(OutreachService.VNEID));

        assertThat(rows.certificates(learner, skill)).hasSize(1);
        assertThat(issuing.issueWhereDue(learner))
                .as("the sessions that issued it do not renew it, however late they begin")
                .isZero();
    }

    private OccurrenceView session(OutreachService service) throws Exception {
        SeriesDetails details = new SeriesDetails(
                hamlet,
                "Buổi " + service,
                Set.of(service),
                Set.of(),
                null,
                "Nhà văn hoá ấp",
                null,
                Set.of(org.memberA),
                LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusMinutes(20).truncatedTo(ChronoUnit.MINUTES),
                60,
                RecurrencePlan.once());
        return Caller.as(trainer, TRAINER, () -> sessions.schedule(details)).get(0);
    }

    private void attend(OccurrenceView session) throws Exception {
        AttendanceInput came = new AttendanceInput(session.id(), null, null, learner, List.of());
        Caller.as(facilitator, MEMBER, () -> attendance.put(UUID.randomUUID().toString(), came));
    }
}
