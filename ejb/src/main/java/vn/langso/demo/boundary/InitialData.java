package vn.langso.demo.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.hibernate.Session;
import vn.langso.accounts.control.PasswordGenerator;
import vn.langso.accounts.control.PasswordHasher;
import vn.langso.accounts.entity.Account;
import vn.langso.accounts.entity.Role;
import vn.langso.courses.control.FileStore;
import vn.langso.courses.entity.Course;
import vn.langso.courses.entity.FileKind;
import vn.langso.courses.entity.StoredFile;
import vn.langso.demo.control.DemoCertification;
import vn.langso.demo.control.DemoCourseContent;
import vn.langso.demo.control.DemoCourses;
import vn.langso.demo.control.DemoEnrolments;
import vn.langso.demo.control.DemoHouseholds;
import vn.langso.demo.control.DemoOrganization;
import vn.langso.demo.control.DemoPdf;
import vn.langso.demo.control.DemoQuizContent;
import vn.langso.demo.control.DemoQuizzes;
import vn.langso.demo.control.DemoSessions;
import vn.langso.demo.control.DemoVisits;
import vn.langso.kernel.LocalDates;
import vn.langso.org.entity.AdminUnit;
import vn.langso.org.entity.Member;

/** Gives an empty database its first data; a database that has any account is left as it is. */
@Stateless
public class InitialData {

    private static final Logger LOG = Logger.getLogger(InitialData.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    FileStore files;

    private final PasswordHasher hasher = new PasswordHasher();

    /** Answers whether it loaded demo data (an empty database, a demo mode). */
    public boolean prepare(DemoMode mode) {
        if (em.createNamedQuery(Account.COUNT, Long.class).getSingleResult() > 0) {
            return false;
        }
        if (mode == DemoMode.NONE) {
            createFirstAdmin();
            return false;
        }
        loadDemoData(mode);
        return true;
    }

    /**
     * The Tiền Giang province, one account per role linked to its area and member, then the demo courses and their
     * learners.
     */
    private void loadDemoData(DemoMode mode) {
        long started = System.nanoTime();
        DemoOrganization.Summary province = em.unwrap(Session.class)
                .doReturningWork(connection -> DemoOrganization.load(connection, LocalDate.now(clock)));
        // Households as records: Chợ Gạo's for the small demo, the whole province's for the province-sized one.
        String householdArea = mode == DemoMode.PROVINCE
                ? "/"
                : em.find(AdminUnit.class, province.choGaoDistrictId()).getPath();
        long householdsStarted = System.nanoTime();
        long householdRecords = em.unwrap(Session.class)
                .doReturningWork(
                        connection -> DemoHouseholds.load(connection, householdArea, LocalDateTime.now(clock)));
        long householdMillis = (System.nanoTime() - householdsStarted) / 1_000_000;
        String hash = hasher.hash(DemoAccounts.PASSWORD);
        LocalDateTime now = LocalDateTime.now(clock);
        Map<DemoAccounts.DemoAccount, Account> accounts = new HashMap<>();
        for (DemoAccounts.DemoAccount demo : DemoAccounts.ALL) {
            Account account = new Account(demo.username(), demo.displayName(), hash, demo.roles(), now);
            if (demo == DemoAccounts.COORDINATOR) {
                account.setScopeUnit(em.getReference(AdminUnit.class, province.choGaoDistrictId()));
            } else if (demo == DemoAccounts.TEAM_LEADER) {
                account.setScopeUnit(em.getReference(AdminUnit.class, province.leaderTeamUnitId()));
                account.setMember(em.getReference(Member.class, province.leaderMemberId()));
            } else if (demo == DemoAccounts.MEMBER) {
                account.setMember(em.getReference(Member.class, province.memberInSameTeamId()));
            }
            em.persist(account);
            accounts.put(demo, account);
        }
        int visits = em.unwrap(Session.class)
                .doReturningWork(connection -> DemoVisits.load(
                        connection,
                        province.leaderTeamUnitId(),
                        province.leaderMemberId(),
                        province.memberInSameTeamId(),
                        LocalDates.nowInVietnam(clock),
                        now));
        int sessions = em.unwrap(Session.class)
                .doReturningWork(connection -> DemoSessions.load(
                        connection,
                        province.leaderTeamUnitId(),
                        province.leaderMemberId(),
                        province.memberInSameTeamId(),
                        LocalDates.nowInVietnam(clock)));
        Account trainer = accounts.get(DemoAccounts.TRAINER);
        List<DemoCourses.PublishedCourse> courses =
                DemoCourses.publish(em, trainer, now, (course, document) -> storeDocument(course, document, trainer));
        DemoEnrolments.Targets targets = new DemoEnrolments.Targets(
                province.choGaoDistrictId(),
                accounts.get(DemoAccounts.ADMIN).getId(),
                province.memberInSameTeamId(),
                Set.of(province.memberInSameTeamId(), province.leaderMemberId()));
        List<DemoQuizzes.WrittenQuiz> quizzes =
                em.unwrap(Session.class).doReturningWork(connection -> DemoQuizzes.load(connection, courses, now));
        int enrolments = em.unwrap(Session.class)
                .doReturningWork(connection -> DemoEnrolments.load(connection, courses, targets, now));
        int attempts = em.unwrap(Session.class).doReturningWork(connection -> {
            int written = 0;
            for (int i = 0; i < courses.size(); i++) {
                written += DemoQuizzes.passedAttempts(
                        connection, courses.get(i), quizzes.get(i), DemoQuizContent.ALL.get(i));
            }
            return written;
        });
        int certificates = DemoCertification.load(em, clock);
        LOG.info(() -> String.format(
                "Demo data loaded in %d ms: %d units, %d teams, %d members, %d households (%d as records, written in"
                        + " %d ms), %d visits and %d village sessions of the demo team; %d demo accounts"
                        + " (password in README.md); %d courses, %d enrolments, %d quiz attempts, %d certificates",
                (System.nanoTime() - started) / 1_000_000,
                province.units(),
                province.teams(),
                province.members(),
                province.households(),
                householdRecords,
                householdMillis,
                visits,
                sessions,
                DemoAccounts.ALL.size(),
                courses.size(),
                enrolments,
                attempts,
                certificates));
    }

    private StoredFile storeDocument(Course course, DemoCourseContent.DemoDocument document, Account trainer) {
        byte[] pdf = DemoPdf.of(document.title(), document.lines());
        FileStore.Stored stored = files.store(FileKind.DOCUMENT, new ByteArrayInputStream(pdf), "file");
        StoredFile file = new StoredFile(
                stored.key(),
                course,
                FileKind.DOCUMENT,
                document.fileName(),
                stored.contentType(),
                stored.sizeBytes(),
                stored.sha256(),
                trainer,
                LocalDateTime.now(clock));
        em.persist(file);
        return file;
    }

    private void createFirstAdmin() {
        String password = new PasswordGenerator().generate();
        Account admin =
                new Account("admin", "Quản trị", hasher.hash(password), Set.of(Role.ADMIN), LocalDateTime.now(clock));
        admin.resetPassword(admin.getPasswordHash());
        em.persist(admin);
        // Shown once, on the console of the first start; it must be changed at first sign-in.
        LOG.warning(() -> "First sign-in: user 'admin', password '" + password + "' (to be changed at first sign-in)");
    }
}
