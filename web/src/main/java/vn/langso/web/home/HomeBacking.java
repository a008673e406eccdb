package vn.langso.web.home;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.langso.accounts.boundary.Accounts;
import vn.langso.accounts.entity.Role;
import vn.langso.certification.boundary.CertificateRow;
import vn.langso.certification.boundary.Certificates;
import vn.langso.courses.boundary.CourseAuthoring;
import vn.langso.courses.boundary.CourseFilter;
import vn.langso.courses.boundary.CourseRow;
import vn.langso.coverage.boundary.Coverage;
import vn.langso.coverage.boundary.CoverageTable;
import vn.langso.coverage.boundary.MyContribution;
import vn.langso.kernel.BusinessException;
import vn.langso.kernel.LocalDates;
import vn.langso.kernel.PageRequest;
import vn.langso.learning.boundary.EnrolmentView;
import vn.langso.learning.boundary.Learning;
import vn.langso.scheduling.boundary.JobView;
import vn.langso.scheduling.boundary.ScheduledJobs;
import vn.langso.visits.boundary.FieldWork;
import vn.langso.visits.boundary.FollowUpView;
import vn.langso.web.security.CurrentUser;

/**
 * The home page: what each of the caller's roles needs first. A member: the courses due and the follow-ups of the
 * week, where to go on learning, the certificates running out. A trainer: the courses with changes not yet
 * published. An admin: scheduled jobs whose last run failed, open data-quality flags, accounts by role.
 */
@Named
@RequestScoped
public class HomeBacking {

    /** How far ahead the home page warns: a follow-up due within a week, a certificate ending within two months. */
    static final int FOLLOW_UP_DAYS = 7;

    static final int CERTIFICATE_DAYS = 60;
    static final int LISTED = 5;

    @Inject
    Accounts accounts;

    @Inject
    Learning learning;

    @Inject
    Certificates certificates;

    @Inject
    FieldWork fieldWork;

    @Inject
    CourseAuthoring authoring;

    @Inject
    ScheduledJobs jobs;

    @Inject
    CurrentUser currentUser;

    @Inject
    Coverage coverage;

    @Inject
    Clock clock;

    private Map<Role, Long> accountsByRole = Map.of();
    private List<EnrolmentView> coursesDue = List.of();
    private EnrolmentView continueWith;
    private List<FollowUpView> followUpsDue = List.of();
    private List<CertificateRow> certificatesEnding = List.of();
    private List<CourseRow> unpublishedChanges = List.of();
    private List<JobView> failedJobs = List.of();
    private long openFlags;
    private CoverageTable areaCoverage;
    private MyContribution myContribution;

    @PostConstruct
    void load() {
        LocalDate today = LocalDates.today(clock);
        if (currentUser.hasRole(Role.MEMBER.name())) {
            loadMember(today);
            myContribution = coverage.mine(today.withDayOfMonth(1), today);
        }
        if (currentUser.hasRole(Role.TRAINER.name()) || currentUser.hasRole(Role.ADMIN.name())) {
            unpublishedChanges = authoring.list(CourseFilter.all(), PageRequest.first(50)).items().stream()
                    .filter(CourseRow::hasDraft)
                    .limit(LISTED)
                    .toList();
        }
        if (currentUser.hasRole(Role.ADMIN.name())
                || currentUser.hasRole(Role.COORDINATOR.name())
                || currentUser.hasRole(Role.TEAM_LEADER.name())) {
            // The area's coverage comes first for those who answer for an area: this month so far.
            areaCoverage = coverage.byUnit(null, today.withDayOfMonth(1), today);
        }
        if (currentUser.hasRole(Role.ADMIN.name())) {
            accountsByRole = accounts.countByRole();
            failedJobs = jobs.jobs().stream()
                    .filter(job -> job.lastRun() != null
                            && "FAILED".equals(job.lastRun().outcome()))
                    .toList();
            openFlags = fieldWork.flags(true, PageRequest.first(1)).total();
        }
    }

    private void loadMember(LocalDate today) {
        List<EnrolmentView> enrolments = myEnrolments();
        coursesDue = enrolments.stream()
                .filter(e -> !e.completed() && e.dueOn() != null)
                .sorted(Comparator.comparing(EnrolmentView::dueOn))
                .limit(LISTED)
                .toList();
        continueWith = enrolments.stream()
                .filter(e -> !e.completed() && e.lessonsDone() > 0)
                .findFirst()
                .or(() -> enrolments.stream().filter(e -> !e.completed()).findFirst())
                .orElse(null);
        followUpsDue = fieldWork.myFollowUps().stream()
                .filter(f -> !f.dueOn().isAfter(today.plusDays(FOLLOW_UP_DAYS)))
                .limit(LISTED)
                .toList();
        certificatesEnding = certificates.mine().held().stream()
                .filter(c -> c.expiresOn() != null
                        && !c.expiresOn().isBefore(today)
                        && !c.expiresOn().isAfter(today.plusDays(CERTIFICATE_DAYS)))
                .toList();
    }

    private List<EnrolmentView> myEnrolments() {
        try {
            return learning.myEnrolments(PageRequest.first(100)).items();
        } catch (BusinessException notATeamMemberYet) {
            // An account given the member role before it is linked to a team member has no learning of its own yet.
            return List.of();
        }
    }

    public List<Map.Entry<Role, Long>> getAccountsByRole() {
        return List.copyOf(accountsByRole.entrySet());
    }

    public long getAccountTotal() {
        return accountsByRole.values().stream().mapToLong(Long::longValue).sum();
    }

    public List<EnrolmentView> getCoursesDue() {
        return coursesDue;
    }

    public EnrolmentView getContinueWith() {
        return continueWith;
    }

    public List<FollowUpView> getFollowUpsDue() {
        return followUpsDue;
    }

    public List<CertificateRow> getCertificatesEnding() {
        return certificatesEnding;
    }

    public List<CourseRow> getUnpublishedChanges() {
        return unpublishedChanges;
    }

    public List<JobView> getFailedJobs() {
        return failedJobs;
    }

    public long getOpenFlags() {
        return openFlags;
    }

    public CoverageTable getAreaCoverage() {
        return areaCoverage;
    }

    public MyContribution getMyContribution() {
        return myContribution;
    }
}
