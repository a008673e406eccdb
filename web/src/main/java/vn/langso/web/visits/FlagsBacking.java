package vn.langso.web.visits;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import vn.langso.kernel.BusinessException;
import vn.langso.visits.boundary.FieldWork;
import vn.langso.visits.boundary.FlagView;
import vn.langso.web.faces.PagedModel;
import vn.langso.web.faces.Pages;
import vn.langso.web.i18n.Messages;

/** Data-quality flags of the caller's area, open ones first; a leader or coordinator resolves one with a note. */
@Named
@ViewScoped
public class FlagsBacking implements Serializable {

    @Inject
    FieldWork work;

    private boolean openOnly = true;
    private boolean shownOpenOnly = true;
    private Long resolving;
    private String note;
    private final PagedModel<FlagView> list =
            new PagedModel<>(request -> work.flags(shownOpenOnly, request), FlagView::id);

    public void open() {
        VisitPages.anyRoleOr404("ADMIN", "COORDINATOR", "TEAM_LEADER");
    }

    public void search() {
        shownOpenOnly = openOnly;
        Pages.firstPage("flags:list");
    }

    public void startResolving(long flagId) {
        resolving = flagId;
        note = null;
    }

    public void resolve() {
        try {
            work.resolve(resolving, note);
            Messages.info("visits.flags.resolved");
            resolving = null;
        } catch (BusinessException refusal) {
            Pages.refuse(refusal, Map.of("note", "resolveForm:note"));
        }
    }

    public PagedModel<FlagView> getList() {
        return list;
    }

    public boolean isOpenOnly() {
        return openOnly;
    }

    public void setOpenOnly(boolean openOnly) {
        this.openOnly = openOnly;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
