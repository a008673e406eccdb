package vn.langso.web.certification;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.langso.certification.boundary.SkillRow;
import vn.langso.certification.boundary.Skills;
import vn.langso.web.faces.PagedModel;
import vn.langso.web.faces.Pages;

/** The admin's skill list (skills.xhtml), searched by name or code without diacritics. */
@Named
@ViewScoped
public class SkillsBacking implements Serializable {

    @Inject
    Skills skills;

    private String text;
    private String filter = "";
    private final PagedModel<SkillRow> list = new PagedModel<>(request -> skills.list(filter, request), SkillRow::id);

    public void open() {
        AdminPages.adminOr404();
    }

    public void search() {
        filter = text == null ? "" : text;
        Pages.firstPage("skills:list");
    }

    public PagedModel<SkillRow> getList() {
        return list;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
