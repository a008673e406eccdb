package vn.langso.certification.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.langso.certification.boundary.SkillProgress;
import vn.langso.certification.entity.Certificate;
import vn.langso.certification.entity.CertificateStatus;
import vn.langso.certification.entity.CertificationRule;

/**
 * The skills a member can still earn (none held, or the one held has expired) with each requirement of their rule and
 * whether it is done, so a member sees what to do next. A revoked certificate is left out: it is not earned again by
 * learning.
 */
@Dependent
public class SkillProgressReader {

    @PersistenceContext
    EntityManager em;

    @Inject
    RuleCatalog catalog;

    public List<SkillProgress> toEarn(
            long memberId, List<Certificate> held, RuleCheck.Evidence evidence, LocalDate today) {
        Set<Long> settled = held.stream()
                .filter(c -> c.statusOn(today) != CertificateStatus.EXPIRED)
                .map(c -> c.getSkill().getId())
                .collect(Collectors.toSet());
        List<SkillProgress> skills = new ArrayList<>();
        for (CertificateIssuer.ActiveRule active : CertificateIssuer.activeRules(em)) {
            CertificationRule rule = active.rule();
            if (settled.contains(rule.getSkill().getId())) {
                continue;
            }
            List<SkillProgress.Step> steps = new ArrayList<>();
            catalog.courses(rule.getCourseIds())
                    .forEach(course -> steps.add(new SkillProgress.Step(
                            course.title(), false, null, evidence.completed(course.id()), null)));
            Map<Long, Integer> minimums = rule.getQuizMinimums();
            catalog.quizzesOf(rule.getCourseIds()).stream()
                    .filter(quiz -> minimums.containsKey(quiz.id()))
                    .forEach(quiz -> steps.add(new SkillProgress.Step(
                            quiz.title(),
                            true,
                            minimums.get(quiz.id()),
                            evidence.passed(quiz.id(), minimums.get(quiz.id())),
                            evidence.best(quiz.id()))));
            RuleCheck.Requirement requirement = active.requirement();
            skills.add(new SkillProgress(
                    rule.getSkill().getName(),
                    rule.getSkill().getDescription(),
                    rule.getValidityMonths(),
                    steps,
                    requirement.asksSessions()
                            ? new SkillProgress.SessionsStep(
                                    requirement.sessionsService(),
                                    requirement.sessions(),
                                    evidence.sessionsAfter(requirement.sessionsService(), null))
                            : null));
        }
        return skills;
    }
}
