package vn.langso.demo.control;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.langso.certification.control.CertificateIssuer;
import vn.langso.certification.entity.Certificate;
import vn.langso.certification.entity.CertificationRule;
import vn.langso.certification.entity.IssueKind;
import vn.langso.certification.entity.Skill;
import vn.langso.kernel.LocalDates;
import vn.langso.org.entity.Member;

/**
 * The five basic digital skills of the national programme, with rules (24 months) for the four the demo courses
 * teach, each requiring its course and the course's quizzes at 80 %. Members who already meet a rule get their
 * certificate as they would have live; a few team-mates of the demo leader hold older ones, some expiring within
 * 30 days and one expired, so reminders and renewals have something to show.
 */
public final class DemoCertification {

    static final int VALIDITY_MONTHS = 24;
    static final int MIN_PERCENT = 80;

    private record DemoSkill(String code, String name, String description, String courseTitle) {}

    private static final List<DemoSkill> SKILLS = List.of(
            new DemoSkill(
                    "PUBLIC_SERVICES",
                    "Sử dụng dịch vụ công trực tuyến",
                    "Tìm thủ tục, đăng nhập bằng VNeID, nộp và theo dõi hồ sơ trên Cổng Dịch vụ công.",
                    DemoCourseContent.PUBLIC_SERVICES.title()),
            new DemoSkill(
                    "ONLINE_SHOPPING",
                    "Mua sắm trực tuyến",
                    "Mua bán an toàn trên sàn thương mại điện tử, đưa nông sản lên Postmart, Voso.",
                    null),
            new DemoSkill(
                    "ONLINE_PAYMENT",
                    "Thanh toán trực tuyến",
                    "Mở tài khoản, thanh toán không dùng tiền mặt bằng mã QR và ví điện tử.",
                    DemoCourseContent.CASHLESS_AND_SCAMS.title()),
            new DemoSkill(
                    "ONLINE_SAFETY",
                    "Bảo đảm an toàn trên không gian mạng",
                    "Bảo vệ tài khoản, thông tin cá nhân; nhận biết và phòng chống lừa đảo trực tuyến.",
                    DemoCourseContent.CASHLESS_AND_SCAMS.title()),
            new DemoSkill(
                    "LOCAL_PLATFORMS",
                    "Sử dụng các nền tảng số khác của địa phương",
                    "Định danh điện tử VNeID mức 2, ứng dụng công dân số của tỉnh và các nền tảng thiết yếu khác.",
                    DemoCourseContent.VNEID.title()));

    /** Days from today to the expiry of the older demo certificates; negative: already expired. */
    private static final List<Integer> OLDER_EXPIRING_IN = List.of(8, 19, 27, -15);

    private DemoCertification() {}

    /**
     * Call after the courses, their quizzes and the enrolments and attempts are written.
     *
     * @return how many certificates the demo holds
     */
    public static int load(EntityManager em, Clock clock) {
        Map<String, Skill> skills = new HashMap<>();
        for (DemoSkill demo : SKILLS) {
            Skill skill = new Skill(demo.code(), demo.name());
            skill.setDescription(demo.description());
            em.persist(skill);
            skills.put(demo.code(), skill);
            Long course = demo.courseTitle() == null ? null : publishedCourse(em, demo.courseTitle());
            if (course != null) {
                CertificationRule rule = new CertificationRule(skill, VALIDITY_MONTHS);
                Map<Long, Integer> quizzes = new HashMap<>();
                quizzesOf(em, course).forEach(quiz -> quizzes.put(quiz, MIN_PERCENT));
                rule.require(Set.of(course), quizzes);
                em.persist(rule);
            }
        }
        em.flush();
        // The demo's rules ask for courses and quizzes only: no sessions attended to count.
        CertificateIssuer issuer = new CertificateIssuer(em, clock, member -> List.of());
        int certificates = 0;
        for (CertificateIssuer.ActiveRule rule : CertificateIssuer.activeRules(em)) {
            for (long member : issuer.membersMeetingWithoutCertificate(rule)) {
                issuer.issue(member, rule.rule());
                certificates++;
            }
        }
        em.flush();
        return certificates + olderCertificates(em, clock, skills.get("LOCAL_PLATFORMS"));
    }

    private static int olderCertificates(EntityManager em, Clock clock, Skill skill) {
        LocalDate today = LocalDates.today(clock);
        List<Long> members = teamMatesOfTheDemoLeader(em, skill.getId());
        int written = 0;
        for (int i = 0; i < Math.min(members.size(), OLDER_EXPIRING_IN.size()); i++) {
            LocalDate issuedOn = today.plusDays(OLDER_EXPIRING_IN.get(i)).minusMonths(VALIDITY_MONTHS);
            Certificate certificate = new Certificate(
                    em.getReference(Member.class, members.get(i)), skill, CertificateIssuer.newVerificationCode());
            var issue = certificate.issue(IssueKind.ISSUED, issuedOn, VALIDITY_MONTHS, issuedOn.atTime(2, 0));
            if (certificate.getExpiresOn().isBefore(today)) {
                certificate.expire();
            }
            em.persist(certificate);
            certificate.numberFromId();
            em.persist(issue);
            written++;
        }
        em.flush();
        return written;
    }

    /** Members of the demo leader's team, but for the two demo learners, who earn theirs in the demo itself. */
    @SuppressWarnings("unchecked")
    private static List<Long> teamMatesOfTheDemoLeader(EntityManager em, long skillId) {
        List<Object> ids = em.createNativeQuery("select m.member_id from team_membership m"
                        + " where m.ended_on is null and m.team_id = (select l.team_id from team_membership l"
                        + " join account a on a.member_id = l.member_id"
                        + " where a.username = 'totruong' and l.ended_on is null)"
                        + " and m.member_id not in (select member_id from account where member_id is not null)"
                        + " and m.member_id not in (select member_id from certificate where skill_id = ?)"
                        + " order by m.member_id")
                .setParameter(1, skillId)
                .getResultList();
        Set<Long> members = new LinkedHashSet<>();
        ids.forEach(id -> members.add(((Number) id).longValue()));
        return new ArrayList<>(members);
    }

    @SuppressWarnings("unchecked")
    private static Long publishedCourse(EntityManager em, String title) {
        List<Object> ids = em.createNativeQuery("select c.id from course c"
                        + " join course_revision r on r.id = c.published_revision_id where r.title = ? order by c.id")
                .setParameter(1, title)
                .getResultList();
        return ids.isEmpty() ? null : ((Number) ids.get(0)).longValue();
    }

    @SuppressWarnings("unchecked")
    private static List<Long> quizzesOf(EntityManager em, long course) {
        List<Object> ids = em.createNativeQuery("select id from quiz where course_id = ? order by id")
                .setParameter(1, course)
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }
}
