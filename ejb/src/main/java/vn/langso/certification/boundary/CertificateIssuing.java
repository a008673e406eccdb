package vn.langso.certification.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import vn.langso.certification.control.CertificateIssuer;
import vn.langso.certification.control.RuleCheck;
import vn.langso.learning.boundary.CourseCompleted;
import vn.langso.quizzes.boundary.QuizAttemptGraded;
import vn.langso.sessions.boundary.AttendedSessions;
import vn.langso.sessions.boundary.MemberAttended;

/**
 * Issues a certificate the moment a member meets a skill's rule, and renews one on fresh evidence (see
 * {@link vn.langso.certification.control.RuleCheck}). It listens in the transaction that completed a course or
 * graded an attempt, so the certificate exists exactly when the achievement does; a member recorded at a village
 * session right after that transaction commits (see {@link #memberAttended}). Whoever caused the event may not
 * be allowed to see certificates, hence PermitAll: nothing here reads or answers anyone's data.
 */
@Stateless
@PermitAll
public class CertificateIssuing {

    static final int BATCH = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AttendedSessions attendedSessions;

    @Resource
    SessionContext session;

    public void courseCompleted(@Observes CourseCompleted event) {
        if (anyRuleCounts("select 1 from certification_rule_course where course_id = ?", event.courseId())) {
            issueWhereDue(event.memberId());
        }
    }

    /** A failed attempt counts too: a rule's minimum may be below the quiz's pass mark. */
    public void quizGraded(@Observes QuizAttemptGraded event) {
        if (anyRuleCounts("select 1 from certification_rule_quiz where quiz_id = ?", event.quizId())) {
            issueWhereDue(event.memberId());
        }
    }

    /**
     * A member recorded at a village session: it counts where a rule asks for sessions attended. Once the attendance
     * is committed, in a transaction of its own: the attendance row's key on the member would otherwise make two
     * attendances of one member, taking the member's lock here, wait for each other.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void memberAttended(@Observes(during = TransactionPhase.AFTER_SUCCESS) MemberAttended event) {
        if (!em.createNativeQuery("select 1 from certification_rule where sessions_required is not null")
                .setMaxResults(1)
                .getResultList()
                .isEmpty()) {
            issueWhereDue(event.memberId());
        }
    }

    /**
     * Whether any rule names the course or quiz. Most gradings and completions concern no rule; they should not pay
     * for reading every rule and locking the member, least of all when a whole village takes a quiz at once.
     */
    private boolean anyRuleCounts(String sql, long id) {
        return !em.createNativeQuery(sql)
                .setParameter(1, id)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** Issues or renews whatever the member is due now; answers how many certificates changed. */
    public int issueWhereDue(long memberId) {
        return issuer().issueWhereDue(memberId);
    }

    /**
     * The catch-up over every member with an achievement a rule counts (e.g. after an admin added a rule, or
     * nightly): one transaction per batch of members, so a province-sized run holds no lock for long.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int issueAllDue() {
        List<Long> members = session.getBusinessObject(CertificateIssuing.class).membersWithEvidence();
        int changed = 0;
        for (int from = 0; from < members.size(); from += BATCH) {
            changed += session.getBusinessObject(CertificateIssuing.class)
                    .issueForMembers(members.subList(from, Math.min(from + BATCH, members.size())));
        }
        return changed;
    }

    public List<Long> membersWithEvidence() {
        SortedSet<Long> members = new TreeSet<>(issuer().membersWithEvidence());
        for (CertificateIssuer.ActiveRule active : CertificateIssuer.activeRules(em)) {
            if (active.requirement().asksSessions()) {
                members.addAll(
                        attendedSessions.membersWhoAttended(active.requirement().sessionsService()));
            }
        }
        return List.copyOf(members);
    }

    /** The issuer, with the sessions members attended as the sessions component tells them. */
    public CertificateIssuer issuer() {
        return new CertificateIssuer(em, clock, member -> attended(attendedSessions, member));
    }

    static List<RuleCheck.Attended> attended(AttendedSessions sessions, long memberId) {
        return sessions.by(memberId).stream()
                .map(session -> new RuleCheck.Attended(session.recordedAt(), session.services()))
                .toList();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int issueForMembers(List<Long> memberIds) {
        CertificateIssuer issuer = issuer();
        List<CertificateIssuer.ActiveRule> rules = CertificateIssuer.activeRules(em);
        return memberIds.stream()
                .mapToInt(member -> issuer.issueWhereDue(member, rules))
                .sum();
    }
}
