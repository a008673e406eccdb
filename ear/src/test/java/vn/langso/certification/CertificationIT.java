package vn.langso.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
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
import vn.langso.certification.boundary.CertificateIssuing;
import vn.langso.certification.boundary.Certificates;
import vn.langso.certification.boundary.SkillInput;
import vn.langso.certification.boundary.Skills;
import vn.langso.it.AccountRows;
import vn.langso.it.Caller;
import vn.langso.it.Deployments;
import vn.langso.it.OrgFixture;
import vn.langso.kernel.InvalidInputException;
import vn.langso.learning.LearningCourses;
import vn.langso.learning.boundary.CourseCompleted;
import vn.langso.quizzes.boundary.QuizAttemptGraded;

/** Runs inside the server: certificates issued, renewed and revoked through the boundaries and the events. */
@ExtendWith(ArquillianExtension.class)
class CertificationIT {

    static final Set<String> ADMIN = Set.of("ADMIN");

    @Inject
    CertificateIssuing issuing;

    @Inject
    Skills skills;

    @Inject
    DemoCertificationProbe probe;

    @Inject
    Certificates certificates;

    @Inject
    Event<CourseCompleted> courseCompleted;

    @Inject
    Event<QuizAttemptGraded> quizGraded;

    @Resource
    UserTransaction transaction;

    @Resource(lookup = "java:jboss/datasources/LangSoDS")
    DataSource dataSource;

    OrgFixture org;
    CertificationRows rows;
    String admin;
    long member;
    long course;
    long quiz;
    long skill;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.langSo(
                CertificationIT.class,
                DemoCertificationProbe.class,
                CertificationRows.class,
                CertificationRows.Stored.class,
                LearningCourses.class,
                LearningCourses.Built.class,
                OrgFixture.class,
                OrgFixture.Connections.class,
                AccountRows.class);
    }

    /** A published course with a quiz, and a skill whose rule requires both, the quiz at 80 %, for 24 months. */
    @BeforeEach
    void aRuleOfOneCourseAndOneQuiz() throws Exception {
        org = OrgFixture.create(dataSource::getConnection);
        rows = new CertificationRows(dataSource::getConnection);
        admin = org.account("admin", null, null, "ADMIN");
        member = org.memberA;
        LearningCourses courses = new LearningCourses(dataSource::getConnection);
        LearningCourses.Built built =
                courses.published(org.account("trainer", null, null, "TRAINER"), courses.title("VNeID"), 2, 0);
        course = built.course();
        quiz = rows.quiz(course, built.keys().get(1));
        skill = Caller.as(
                admin,
                ADMIN,
                () -> skills.save(
                        null,
                        new SkillInput(
                                "T" + org.suffix,
                                "Kỹ năng thử " + org.suffix,
                                null,
                                true,
                                24,
                                List.of(course),
                                Map.of(quiz, 80),
                                null,
                                null)));
    }

    @Test
    void aCertificateIsIssuedExactlyWhenTheRuleIsMetAndNotBefore() throws Exception {
        rows.complete(member, course, CertificationRows.now());
        fire(new CourseCompleted(member, course, CertificationRows.now()));
        assertThat(rows.certificates(member, skill))
                .as("course complete, quiz not taken")
                .isEmpty();

        rows.attempt(quiz, member, "79.50", CertificationRows.now());
        fire(graded("79.50"));
        assertThat(rows.certificates(member, skill))
                .as("quiz below the minimum")
                .isEmpty();

        rows.attempt(quiz, member, "80.00", CertificationRows.now());
        fire(graded("80.00"));

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(rows.certificates(member, skill)).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo("ACTIVE");
            assertThat(c.issuedOn()).isEqualTo(today);
            assertThat(c.expiresOn()).isEqualTo(today.plusMonths(24));
            assertThat(c.number()).isEqualTo(String.format("LS-%d-%06d", today.getYear(), c.id()));
            assertThat(c.code()).matches("[a-z2-7]{32}");
            assertThat(c.issues()).containsExactly("ISSUED");
        });
    }

    @Test
    void aQuizPassedWithoutTheCourseIssuesNothing() throws Exception {
        rows.attempt(quiz, member, "100", CertificationRows.now());
        fire(graded("100"));

        assertThat(rows.certificates(member, skill)).isEmpty();
    }

    @Test
    void theSameEventTwiceStillMakesOneCertificate() throws Exception {
        meetTheRule();
        fire(graded("90"));
        fire(graded("90"));
        issuing.issueWhereDue(member);

        assertThat(rows.certificates(member, skill)).singleElement().satisfies(c -> assertThat(c.issues())
                .containsExactly("ISSUED"));
    }

    @Test
    void twoEventsForOneMemberAtOnceMakeOneCertificate() throws Exception {
        meetTheRule();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> runs = List.of(
                    pool.submit(() -> {
                        start.await();
                        return issuing.issueWhereDue(member);
                    }),
                    pool.submit(() -> {
                        start.await();
                        return issuing.issueWhereDue(member);
                    }));
            start.countDown();
            assertThat(runs.get(0).get() + runs.get(1).get()).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
        assertThat(rows.certificates(member, skill)).hasSize(1);
    }

    @Test
    void meetingTheRuleAgainWithFreshEvidenceRenewsWithNewDatesAndTheSameCode() throws Exception {
        CertificationRows.Stored first = issued();
        rows.backdate(first.id(), 23);

        assertThat(issuing.issueWhereDue(member)).as("no fresh evidence").isZero();
        assertThat(rows.certificates(member, skill).get(0).issues()).containsExactly("ISSUED");

        rows.attempt(quiz, member, "95", CertificationRows.now());
        fire(graded("95"));

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(rows.certificates(member, skill)).singleElement().satisfies(c -> {
            assertThat(c.issues()).containsExactly("ISSUED", "RENEWED");
            assertThat(c.issuedOn()).isEqualTo(today);
            assertThat(c.expiresOn()).isEqualTo(today.plusMonths(24));
            assertThat(c.code()).isEqualTo(first.code());
            assertThat(c.number()).isEqualTo(first.number());
            assertThat(c.status()).isEqualTo("ACTIVE");
        });
    }

    @Test
    void onlyAnAdminRevokesWithAReasonAndARevokedCertificateIsNotRenewed() throws Exception {
        CertificationRows.Stored first = issued();
        String holder = org.account("holder", null, member, "MEMBER");

        assertThatThrownBy(() -> Caller.as(holder, Set.of("MEMBER"), () -> certificates.revoke(first.id(), "Tự thu")))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> Caller.as(admin, ADMIN, () -> certificates.revoke(first.id(), "  ")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(rows.certificates(member, skill).get(0).status()).isEqualTo("ACTIVE");

        Caller.as(admin, ADMIN, () -> certificates.revoke(first.id(), "Gian lận khi làm bài"));
        rows.backdate(first.id(), 23);
        rows.attempt(quiz, member, "100", CertificationRows.now());
        fire(graded("100"));

        assertThat(rows.certificates(member, skill)).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo("REVOKED");
            assertThat(c.issues()).containsExactly("ISSUED");
        });
    }

    @Test
    void theCatchUpIssuesWhatIsDueForEveryMember() throws Exception {
        meetTheRule();
        rows.complete(org.memberB, course, CertificationRows.now());
        rows.attempt(quiz, org.memberB, "85", CertificationRows.now());

        assertThat(issuing.issueAllDue()).isGreaterThanOrEqualTo(2);

        assertThat(rows.certificates(member, skill)).hasSize(1);
        assertThat(rows.certificates(org.memberB, skill)).hasSize(1);
        assertThat(issuing.issueAllDue()).as("a second run").isZero();
    }

    /** The demo courses exist when the test database was created with the small demo. */
    @Test
    void theDemoDefinesTheFiveSkillsWithARuleForEachCourseItTeaches() throws Exception {
        boolean demoCourses = rows.hasCourseTitled("Thanh toán không dùng tiền mặt và phòng chống lừa đảo trực tuyến");

        List<String> skills = probe.skillsAndRuleCourses();

        assertThat(skills)
                .containsExactly(
                        "LOCAL_PLATFORMS=" + (demoCourses ? 1 : 0),
                        "ONLINE_PAYMENT=" + (demoCourses ? 1 : 0),
                        "ONLINE_SAFETY=" + (demoCourses ? 1 : 0),
                        "ONLINE_SHOPPING=0",
                        "PUBLIC_SERVICES=" + (demoCourses ? 1 : 0));
    }

    private CertificationRows.Stored issued() throws Exception {
        meetTheRule();
        fire(graded("90"));
        return rows.certificates(member, skill).get(0);
    }

    /** With achievements two years old, so that a certificate backdated by 23 months has no fresh evidence. */
    private void meetTheRule() throws Exception {
        rows.complete(member, course, CertificationRows.now().minusMonths(24));
        rows.attempt(quiz, member, "90", CertificationRows.now().minusMonths(24));
    }

    private QuizAttemptGraded graded(String percent) {
        return new QuizAttemptGraded(member, course, quiz, 0, new BigDecimal(percent), true, CertificationRows.now());
    }

    private void fire(Object event) throws Exception {
        transaction.begin();
        try {
            if (event instanceof CourseCompleted completed) {
                courseCompleted.fire(completed);
            } else {
                quizGraded.fire((QuizAttemptGraded) event);
            }
            transaction.commit();
        } catch (Exception e) {
            transaction.rollback();
            throw e;
        }
    }
}
