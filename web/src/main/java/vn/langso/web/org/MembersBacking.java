package vn.langso.web.org;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.langso.org.boundary.MemberFilter;
import vn.langso.org.boundary.MemberView;
import vn.langso.org.boundary.Members;
import vn.langso.web.faces.PagedModel;
import vn.langso.web.faces.Pages;

/** The member list of the caller's area, searched by name without diacritics or by phone digits. */
@Named
@ViewScoped
public class MembersBacking implements Serializable {

    @Inject
    Members members;

    private String text;
    private MemberFilter filter = MemberFilter.all();
    private final PagedModel<MemberView> list =
            new PagedModel<>(request -> members.list(filter, request), MemberView::id);

    public void open() {
        Pages.allowedOr404();
    }

    public void search() {
        filter = new MemberFilter(null, null, text);
        Pages.firstPage("members:list");
    }

    public PagedModel<MemberView> getList() {
        return list;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
