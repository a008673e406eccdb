package vn.langso.web.certification;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.langso.certification.boundary.CourseOption;
import vn.langso.certification.boundary.QuizOption;
import vn.langso.certification.boundary.SkillDetails;
import vn.langso.certification.boundary.SkillInput;
import vn.langso.kernel.OutreachService;

/** A skill and its rule as the form holds them, kept as typed when the boundary refuses them. */
public class SkillForm implements Serializable {

    private String code;
    private String name;
    private String description;
    private boolean active = true;
    private Integer validityMonths = 24;
    private OutreachService sessionsService;
    private Integer sessionsRequired;
    private final List<CourseOption> courses = new ArrayList<>();
    private final List<QuizLine> quizzes = new ArrayList<>();

    static SkillForm of(SkillDetails skill) {
        SkillForm form = new SkillForm();
        form.code = skill.code();
        form.name = skill.name();
        form.description = skill.description();
        form.active = skill.active();
        form.validityMonths = skill.validityMonths();
        form.sessionsService = skill.sessionsService();
        form.sessionsRequired = skill.sessionsRequired();
        form.courses.addAll(skill.courses());
        return form;
    }

    /** The quiz lines of the chosen courses, keeping what was already ticked and typed for each quiz. */
    void showQuizzes(List<QuizOption> ofCourses, Map<Long, Integer> minimums) {
        Map<Long, Integer> kept = new HashMap<>(minimums);
        quizzes.stream().filter(QuizLine::isRequired).forEach(q -> kept.put(q.getQuizId(), q.getMinPercent()));
        quizzes.clear();
        ofCourses.forEach(quiz -> quizzes.add(new QuizLine(quiz, kept.get(quiz.id()))));
    }

    SkillInput input() {
        Map<Long, Integer> minimums = new HashMap<>();
        quizzes.stream().filter(QuizLine::isRequired).forEach(q -> minimums.put(q.getQuizId(), q.getMinPercent()));
        return new SkillInput(
                code,
                name,
                description,
                active,
                validityMonths,
                courses.stream().map(CourseOption::id).toList(),
                minimums,
                sessionsService,
                sessionsRequired);
    }

    public OutreachService[] getServiceChoices() {
        return OutreachService.values();
    }

    public OutreachService getSessionsService() {
        return sessionsService;
    }

    public void setSessionsService(OutreachService sessionsService) {
        this.sessionsService = sessionsService;
    }

    public Integer getSessionsRequired() {
        return sessionsRequired;
    }

    public void setSessionsRequired(Integer sessionsRequired) {
        this.sessionsRequired = sessionsRequired;
    }

    public List<CourseOption> getCourses() {
        return courses;
    }

    public List<QuizLine> getQuizzes() {
        return quizzes;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Integer getValidityMonths() {
        return validityMonths;
    }

    public void setValidityMonths(Integer validityMonths) {
        this.validityMonths = validityMonths;
    }
}
