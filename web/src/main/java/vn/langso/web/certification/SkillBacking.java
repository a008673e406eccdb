package vn.langso.web.certification;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import vn.langso.certification.boundary.CourseOption;
import vn.langso.certification.boundary.SkillDetails;
import vn.langso.certification.boundary.Skills;
import vn.langso.kernel.BusinessException;
import vn.langso.kernel.NotFoundException;
import vn.langso.web.faces.Pages;
import vn.langso.web.i18n.Messages;

/** Creates or edits a skill and its rule (skill.xhtml?id=): courses picked by title, their quizzes ticked. */
@Named
@ViewScoped
public class SkillBacking implements Serializable {

    static final Map<String, String> INPUTS = Map.of(
            "code", "skill:code",
            "name", "skill:name",
            "description", "skill:description",
            "validityMonths", "skill:validityMonths",
            "courses", "skill:course",
            "quizzes", "skill:quizzes",
            "sessionsRequired", "skill:sessionsRequired");

    @Inject
    Skills skills;

    private String id;
    private Long skillId;
    private Long pickedCourse;
    private SkillForm form = new SkillForm();

    public void open() {
        if (!AdminPages.adminOr404()) {
            return;
        }
        skillId = Pages.id(id);
        if (id != null && skillId == null) {
            Pages.notFound();
            return;
        }
        try {
            if (skillId != null) {
                SkillDetails skill = skills.find(skillId);
                form = SkillForm.of(skill);
                form.showQuizzes(skills.quizzesOf(courseIds()), skill.quizMinimums());
            }
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    public List<CourseOption> completeCourse(String text) {
        return skills.publishedCourses(text, 10);
    }

    public void addCourse() {
        if (pickedCourse != null && !courseIds().contains(pickedCourse)) {
            form.getCourses().addAll(skills.courses(List.of(pickedCourse)));
            form.showQuizzes(skills.quizzesOf(courseIds()), Map.of());
        }
        pickedCourse = null;
    }

    public void removeCourse(long courseId) {
        form.getCourses().removeIf(c -> c.id() == courseId);
        form.showQuizzes(skills.quizzesOf(courseIds()), Map.of());
    }

    public String save() {
        try {
            skillId = skills.save(skillId, form.input());
            Messages.info("certification.skill.saved", form.getName().trim());
            return "/certification/skill?faces-redirect=true&id=" + skillId;
        } catch (BusinessException refusal) {
            Pages.refuse(refusal, INPUTS);
            return null;
        }
    }

    private List<Long> courseIds() {
        return form.getCourses().stream().map(CourseOption::id).toList();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public boolean isNew() {
        return skillId == null;
    }

    public Long getPickedCourse() {
        return pickedCourse;
    }

    public void setPickedCourse(Long pickedCourse) {
        this.pickedCourse = pickedCourse;
    }

    public SkillForm getForm() {
        return form;
    }
}
