package vn.langso.web.authoring;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import vn.langso.courses.boundary.CourseDetails;
import vn.langso.courses.boundary.CourseEditorView;
import vn.langso.kernel.OutreachService;

/** The description of a course as the form holds it, kept as typed when the boundary refuses it. */
public class CourseForm implements Serializable {

    private String title;
    private String summary;
    private List<String> services = new ArrayList<>();
    private String language = "vi";
    private Integer estimatedMinutes;

    static CourseForm of(CourseEditorView course) {
        CourseForm form = new CourseForm();
        form.title = course.title();
        form.summary = course.summary();
        form.services = new ArrayList<>(
                course.services().stream().map(OutreachService::name).toList());
        form.language = course.language();
        form.estimatedMinutes = course.estimatedMinutes();
        return form;
    }

    CourseDetails details() {
        EnumSet<OutreachService> chosen = EnumSet.noneOf(OutreachService.class);
        (services == null ? List.<String>of() : services).forEach(code -> chosen.add(OutreachService.valueOf(code)));
        return new CourseDetails(title, summary, chosen, language, estimatedMinutes);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public List<String> getServices() {
        return services;
    }

    public void setServices(List<String> services) {
        this.services = services;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Integer getEstimatedMinutes() {
        return estimatedMinutes;
    }

    public void setEstimatedMinutes(Integer estimatedMinutes) {
        this.estimatedMinutes = estimatedMinutes;
    }
}
