package vn.langso.certification.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import vn.langso.kernel.OutreachService;

/**
 * What certifies a member in a skill: every listed course complete, every listed quiz passed with at least its
 * minimum percent, and, when it asks, a number of village sessions teaching a service attended; and how many months
 * the certificate is valid. A rule that lists nothing certifies nobody.
 */
@Entity
public class CertificationRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    private Skill skill;

    @Min(1)
    @Max(120)
    private int validityMonths;

    @ElementCollection
    @CollectionTable(name = "certification_rule_course", joinColumns = @JoinColumn(name = "rule_id"))
    @Column(name = "course_id")
    private Set<Long> courseIds = new HashSet<>();

    /** Quiz id → minimum percent. */
    @ElementCollection
    @CollectionTable(name = "certification_rule_quiz", joinColumns = @JoinColumn(name = "rule_id"))
    @MapKeyColumn(name = "quiz_id")
    @Column(name = "min_percent")
    private Map<Long, Integer> quizMinimums = new HashMap<>();

    @Enumerated(EnumType.STRING)
    private OutreachService sessionsService;

    private Integer sessionsRequired;

    @Version
    private long version;

    protected CertificationRule() {}

    public CertificationRule(Skill skill, int validityMonths) {
        this.skill = skill;
        this.validityMonths = validityMonths;
    }

    public Long getId() {
        return id;
    }

    public Skill getSkill() {
        return skill;
    }

    public int getValidityMonths() {
        return validityMonths;
    }

    public void setValidityMonths(int validityMonths) {
        this.validityMonths = validityMonths;
    }

    public Set<Long> getCourseIds() {
        return Set.copyOf(courseIds);
    }

    public Map<Long, Integer> getQuizMinimums() {
        return Map.copyOf(quizMinimums);
    }

    public OutreachService getSessionsService() {
        return sessionsService;
    }

    public Integer getSessionsRequired() {
        return sessionsRequired;
    }

    /** Sessions teaching the service to attend, or (null, null) for none. */
    public void requireSessions(OutreachService service, Integer count) {
        this.sessionsService = count == null ? null : service;
        this.sessionsRequired = service == null ? null : count;
    }

    public void require(Set<Long> courses, Map<Long, Integer> quizzes) {
        courseIds.retainAll(courses);
        courseIds.addAll(courses);
        quizMinimums.keySet().retainAll(quizzes.keySet());
        quizMinimums.putAll(quizzes);
    }
}
