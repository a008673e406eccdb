package vn.langso.certification.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.langso.certification.entity.Certificate;
import vn.langso.certification.entity.CertificateIssue;
import vn.langso.certification.entity.CertificationRule;
import vn.langso.certification.entity.IssueKind;
import vn.langso.kernel.LocalDates;
import vn.langso.org.entity.Member;

/**
 * Issues and renews a member's certificates as {@link RuleCheck} decides, under a lock on the member's row, so two
 * events for one member at once (a course completed while a quiz is graded) write one certificate, not two.
 */
public class CertificateIssuer {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String BASE32 = "abcdefghijklmnopqrstuvwxyz234567";
    private static final String GRADED = "('SUBMITTED', 'AUTO_SUBMITTED')";

    private final EntityManager em;
    private final Clock clock;
    private final Function<Long, List<RuleCheck.Attended>> sessionsAttended;

    /** A rule of an active skill with what it requires, read once per run. */
    public record ActiveRule(CertificationRule rule, RuleCheck.Requirement requirement) {}

    private record Held(Certificate certificate, LocalDateTime latestIssue) {}

    /** @param sessionsAttended the village sessions a member attended, as the sessions component publishes them */
    public CertificateIssuer(EntityManager em, Clock clock, Function<Long, List<RuleCheck.Attended>> sessionsAttended) {
        this.em = em;
        this.clock = clock;
        this.sessionsAttended = sessionsAttended;
    }

    /**
     * 160 random bits in lower-case base32 (32 characters): unguessable, so the public page shows only what a holder
     * hands out. One case only, because the column's collation compares without case and would halve every
     * character's worth.
     */
    public static String newVerificationCode() {
        byte[] bits = new byte[20];
        RANDOM.nextBytes(bits);
        StringBuilder code = new StringBuilder(32);
        for (int bit = 0; bit < bits.length * 8; bit += 5) {
            int value = 0;
            for (int i = 0; i < 5; i++) {
                int at = bit + i;
                value = (value << 1) | ((bits[at / 8] >> (7 - at % 8)) & 1);
            }
            code.append(BASE32.charAt(value));
        }
        return code.toString();
    }

    /** The rules of active skills that require anything, read once per run. */
    public static List<ActiveRule> activeRules(EntityManager em) {
        return em
                .createQuery(
                        "select r from CertificationRule r join fetch r.skill where r.skill.active = true order by r.skill.id",
                        CertificationRule.class)
                .getResultList()
                .stream()
                .map(rule -> new ActiveRule(
                        rule,
                        new RuleCheck.Requirement(
                                rule.getCourseIds(),
                                rule.getQuizMinimums(),
                                rule.getSessionsService(),
                                rule.getSessionsRequired() == null ? 0 : rule.getSessionsRequired())))
                .filter(active -> !active.requirement().isEmpty())
                .toList();
    }

    /** @return how many certificates were issued or renewed */
    public int issueWhereDue(long memberId) {
        return issueWhereDue(memberId, activeRules(em));
    }

    public int issueWhereDue(long memberId, List<ActiveRule> rules) {
        if (rules.isEmpty()) {
            return 0;
        }
        // What this transaction wrote (the attempt just graded, the enrolment just completed) is evidence too.
        em.flush();
        em.createNativeQuery("select id from member where id = ? for update")
                .setParameter(1, memberId)
                .getResultList();
        RuleCheck.Evidence evidence = evidenceOf(memberId);
        Map<Long, Held> held = heldBy(memberId);
        int changed = 0;
        for (ActiveRule active : rules) {
            Held current = held.get(active.rule().getSkill().getId());
            RuleCheck.Outcome outcome = RuleCheck.decide(
                    active.requirement(),
                    evidence,
                    current == null ? null : current.certificate().getStatus(),
                    current == null ? null : current.latestIssue());
            if (outcome == RuleCheck.Outcome.ISSUE) {
                issue(memberId, active.rule());
                changed++;
            } else if (outcome == RuleCheck.Outcome.RENEW) {
                renew(current.certificate(), active.rule().getValidityMonths());
                changed++;
            }
        }
        return changed;
    }

    /** Members with any achievement a rule counts: the only ones a catch-up run needs to look at. */
    @SuppressWarnings("unchecked")
    public List<Long> membersWithEvidence() {
        List<Object> ids = em.createNativeQuery("select e.member_id from enrolment e"
                        + " join certification_rule_course rc on rc.course_id = e.course_id"
                        + " where e.completed_at is not null"
                        + " union select a.member_id from quiz_attempt a"
                        + " join certification_rule_quiz rq on rq.quiz_id = a.quiz_id"
                        + " where a.status in " + GRADED + " and a.percent >= rq.min_percent"
                        + " order by 1")
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /**
     * Members who meet the rule and hold no certificate in its skill, found in one query: what a bulk first issue
     * (the demo's start) needs, without reading each member's evidence.
     */
    @SuppressWarnings("unchecked")
    public List<Long> membersMeetingWithoutCertificate(ActiveRule active) {
        if (active.requirement().asksSessions()) {
            // Sessions are the sessions component's to count: such a rule is met member by member (issueWhereDue).
            return List.of();
        }
        StringBuilder sql = new StringBuilder("select m.id from member m where not exists (select 1 from certificate c"
                + " where c.member_id = m.id and c.skill_id = ?)");
        List<Object> values = new ArrayList<>();
        values.add(active.rule().getSkill().getId());
        for (long course : active.requirement().courseIds()) {
            sql.append(" and exists (select 1 from enrolment e where e.member_id = m.id and e.course_id = ?"
                    + " and e.completed_at is not null)");
            values.add(course);
        }
        active.requirement().quizMinimums().forEach((quiz, minimum) -> {
            sql.append(" and exists (select 1 from quiz_attempt a where a.member_id = m.id and a.quiz_id = ?"
                    + " and a.status in " + GRADED + " and a.percent >= ?)");
            values.add(quiz);
            values.add(minimum);
        });
        var query = em.createNativeQuery(sql.append(" order by m.id").toString());
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        List<Object> ids = query.getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    public Certificate issue(long memberId, CertificationRule rule) {
        LocalDateTime now = LocalDateTime.now(clock);
        Certificate certificate =
                new Certificate(em.getReference(Member.class, memberId), rule.getSkill(), newVerificationCode());
        CertificateIssue first =
                certificate.issue(IssueKind.ISSUED, LocalDates.today(clock), rule.getValidityMonths(), now);
        // The id is generated by the insert that persist() runs at once; the number follows it at the next flush.
        em.persist(certificate);
        certificate.numberFromId();
        em.persist(first);
        return certificate;
    }

    private void renew(Certificate certificate, int validityMonths) {
        em.persist(certificate.issue(
                IssueKind.RENEWED, LocalDates.today(clock), validityMonths, LocalDateTime.now(clock)));
    }

    @SuppressWarnings("unchecked")
    public RuleCheck.Evidence evidenceOf(long memberId) {
        Map<Long, LocalDateTime> completions = new HashMap<>();
        List<Object[]> courses = em.createNativeQuery(
                        "select course_id, completed_at from enrolment where member_id = ? and completed_at is not null")
                .setParameter(1, memberId)
                .getResultList();
        courses.forEach(row -> completions.put(((Number) row[0]).longValue(), dateTime(row[1])));
        List<Object[]> graded = em.createNativeQuery(
                        "select quiz_id, percent, coalesce(submitted_at, started_at) from quiz_attempt"
                                + " where member_id = ? and percent is not null and status in " + GRADED)
                .setParameter(1, memberId)
                .getResultList();
        List<RuleCheck.Attempt> attempts = new ArrayList<>();
        graded.forEach(row -> attempts.add(new RuleCheck.Attempt(
                ((Number) row[0]).longValue(), new BigDecimal(row[1].toString()), dateTime(row[2]))));
        return new RuleCheck.Evidence(completions, attempts, sessionsAttended.apply(memberId));
    }

    /**
     * Locking reads: under MariaDB's repeatable read a plain read sees the snapshot taken before the member's lock was
     * granted, and would miss a certificate another transaction has just committed.
     */
    private Map<Long, Held> heldBy(long memberId) {
        List<Certificate> certificates = em.createQuery(
                        "select c from Certificate c where c.member.id = :member", Certificate.class)
                .setParameter("member", memberId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        // Read after the certificates, which are then in the persistence context: an issue's certificate is not
        // read again outside the lock.
        Map<Long, LocalDateTime> latest = new HashMap<>();
        em.createQuery(
                        "select i from CertificateIssue i where i.certificate.member.id = :member",
                        CertificateIssue.class)
                .setParameter("member", memberId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()
                .forEach(
                        i -> latest.merge(i.getCertificate().getId(), i.getIssuedAt(), (a, b) -> a.isAfter(b) ? a : b));
        Map<Long, Held> held = new HashMap<>();
        certificates.forEach(c -> held.put(
                c.getSkill().getId(),
                new Held(c, latest.getOrDefault(c.getId(), c.getIssuedOn().atStartOfDay()))));
        return held;
    }

    static LocalDateTime dateTime(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime();
        }
        if (value instanceof LocalDate date) {
            return date.atStartOfDay();
        }
        return (LocalDateTime) value;
    }
}
