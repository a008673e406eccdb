package vn.langso.certification.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.langso.certification.control.RuleCatalog;
import vn.langso.certification.entity.CertificationRule;
import vn.langso.certification.entity.Skill;
import vn.langso.kernel.InvalidInputException;
import vn.langso.kernel.NotFoundException;
import vn.langso.kernel.Page;
import vn.langso.kernel.PageRequest;
import vn.langso.kernel.SearchKey;

/** The admin's skills and their certification rules. */
@Stateless
@RolesAllowed("ADMIN")
public class Skills {

    /** The most village sessions a rule may ask to attend. */
    static final int MOST_SESSIONS = 50;

    static final int DEFAULT_VALIDITY_MONTHS = 24;

    @PersistenceContext
    EntityManager em;

    @Inject
    RuleCatalog catalog;

    /**
     * Skills are a handful an admin defines (five in the national framework), and their table keeps no search key:
     * they are filtered and paged here, by the same accent-free key as every other search.
     */
    public Page<SkillRow> list(String text, PageRequest request) {
        String key = SearchKey.of(text);
        Map<Long, CertificationRule> rules = new HashMap<>();
        em.createQuery("select r from CertificationRule r", CertificationRule.class)
                .getResultList()
                .forEach(r -> rules.put(r.getSkill().getId(), r));
        Comparator<SkillRow> order = "code".equals(request.sortField())
                ? Comparator.comparing(SkillRow::code)
                : Comparator.comparing(SkillRow::name, Comparator.comparing(SearchKey::of));
        List<SkillRow> all = em.createQuery("select s from Skill s", Skill.class).getResultList().stream()
                .filter(s -> SearchKey.of(s.getCode() + " " + s.getName()).contains(key))
                .map(s -> row(s, rules.get(s.getId())))
                .sorted(request.ascending() ? order : order.reversed())
                .toList();
        List<SkillRow> page =
                all.stream().skip(request.offset()).limit(request.size()).toList();
        return Page.of(page, all.size(), request);
    }

    public SkillDetails find(long id) {
        Skill skill = skill(id);
        CertificationRule rule = catalog.ruleOf(id);
        Set<Long> courses = rule == null ? Set.of() : rule.getCourseIds();
        Map<Long, Integer> minimums = rule == null ? Map.of() : rule.getQuizMinimums();
        return new SkillDetails(
                id,
                skill.getCode(),
                skill.getName(),
                skill.getDescription(),
                skill.isActive(),
                rule == null ? DEFAULT_VALIDITY_MONTHS : rule.getValidityMonths(),
                catalog.courses(courses),
                catalog.quizzesOf(courses).stream()
                        .filter(q -> minimums.containsKey(q.id()))
                        .toList(),
                minimums,
                rule == null ? null : rule.getSessionsService(),
                rule == null ? null : rule.getSessionsRequired());
    }

    /** Creates (id null) or changes a skill and its rule; answers the skill's id. */
    public long save(Long id, SkillInput input) {
        String code = required(input.code(), 40, "code");
        if (!code.matches(Skill.CODE)) {
            throw new InvalidInputException("code", "certification.skill.codeFormat");
        }
        String name = required(input.name(), 200, "name");
        String description = input.description() == null || input.description().isBlank()
                ? null
                : input.description().trim();
        if (description != null && description.length() > 1000) {
            throw new InvalidInputException("description", "certification.check.tooLong", 1000);
        }
        Integer months = input.validityMonths();
        if (months == null || months < 1 || months > 120) {
            throw new InvalidInputException("validityMonths", "certification.skill.validityRange");
        }
        Set<Long> courses = new LinkedHashSet<>(input.courseIds());
        if (catalog.courses(courses).size() != courses.size()) {
            throw new InvalidInputException("courses", "certification.skill.courseUnknown");
        }
        Set<Long> quizzesOfCourses = new LinkedHashSet<>();
        catalog.quizzesOf(courses).forEach(q -> quizzesOfCourses.add(q.id()));
        for (Map.Entry<Long, Integer> quiz : input.quizMinimums().entrySet()) {
            if (!quizzesOfCourses.contains(quiz.getKey())) {
                throw new InvalidInputException("quizzes", "certification.skill.quizOutsideCourses");
            }
            if (quiz.getValue() == null || quiz.getValue() < 0 || quiz.getValue() > 100) {
                throw new InvalidInputException("quizzes", "certification.skill.minPercentRange");
            }
        }
        Integer sessions = input.sessionsService() == null ? null : input.sessionsRequired();
        if (input.sessionsService() != null && (sessions == null || sessions < 1 || sessions > MOST_SESSIONS)) {
            throw new InvalidInputException("sessionsRequired", "certification.skill.sessionsRange", MOST_SESSIONS);
        }
        List<Skill> sameCode = em.createQuery("select s from Skill s where s.code = :code", Skill.class)
                .setParameter("code", code)
                .getResultList();
        if (sameCode.stream().anyMatch(s -> !s.getId().equals(id))) {
            throw new InvalidInputException("code", "certification.skill.codeTaken", code);
        }
        Skill skill = id == null ? new Skill(code, name) : skill(id);
        skill.setCode(code);
        skill.setName(name);
        skill.setDescription(description);
        skill.setActive(input.active());
        if (id == null) {
            em.persist(skill);
        }
        CertificationRule rule = id == null ? null : catalog.ruleOf(id);
        if (rule == null) {
            rule = new CertificationRule(skill, months);
            em.persist(rule);
        }
        rule.setValidityMonths(months);
        rule.require(courses, input.quizMinimums());
        rule.requireSessions(input.sessionsService(), sessions);
        em.flush();
        return skill.getId();
    }

    /** Published courses whose title holds the text, diacritics or not; for the rule's course picker. */
    public List<CourseOption> publishedCourses(String text, int max) {
        return catalog.publishedCourses(text, max);
    }

    /** The published ones among the courses. */
    public List<CourseOption> courses(Collection<Long> ids) {
        return catalog.courses(ids);
    }

    public List<QuizOption> quizzesOf(Collection<Long> courseIds) {
        return catalog.quizzesOf(courseIds);
    }

    private Skill skill(long id) {
        Skill skill = em.find(Skill.class, id);
        if (skill == null) {
            throw new NotFoundException();
        }
        return skill;
    }

    private static SkillRow row(Skill skill, CertificationRule rule) {
        return new SkillRow(
                skill.getId(),
                skill.getCode(),
                skill.getName(),
                skill.isActive(),
                rule == null ? null : rule.getValidityMonths(),
                rule == null ? 0 : rule.getCourseIds().size(),
                rule == null ? 0 : rule.getQuizMinimums().size());
    }

    private static String required(String value, int max, String field) {
        String trimmed = value == null ? "" : value.trim();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException(field, "certification.check.required");
        }
        if (trimmed.length() > max) {
            throw new InvalidInputException(field, "certification.check.tooLong", max);
        }
        return trimmed;
    }
}
