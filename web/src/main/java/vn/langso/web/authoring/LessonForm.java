package vn.langso.web.authoring;

import java.io.Serializable;
import java.util.Map;
import vn.langso.courses.boundary.LessonView;

/** A lesson as its form holds it, kept as typed when a save or an upload is refused. */
public class LessonForm implements Serializable {

    static final Map<String, String> INPUTS = Map.of(
            "title", "lesson:title",
            "linkUrl", "lesson:linkUrl",
            "estimatedMinutes", "lesson:estimatedMinutes",
            "file", "lesson:file",
            "lessons", "lesson:section");

    private String title;
    private String body;
    private String linkUrl;
    private boolean required = true;
    private Integer estimatedMinutes;
    private int sectionIndex;

    static LessonForm of(LessonView lesson) {
        LessonForm form = new LessonForm();
        form.title = lesson.title();
        form.body = lesson.body();
        form.linkUrl = lesson.linkUrl();
        form.required = lesson.required();
        form.estimatedMinutes = lesson.estimatedMinutes();
        return form;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getLinkUrl() {
        return linkUrl;
    }

    public void setLinkUrl(String linkUrl) {
        this.linkUrl = linkUrl;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public Integer getEstimatedMinutes() {
        return estimatedMinutes;
    }

    public void setEstimatedMinutes(Integer estimatedMinutes) {
        this.estimatedMinutes = estimatedMinutes;
    }

    public int getSectionIndex() {
        return sectionIndex;
    }

    public void setSectionIndex(int sectionIndex) {
        this.sectionIndex = sectionIndex;
    }
}
