package vn.langso.web.org;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedList;
import java.util.List;
import vn.langso.kernel.NotFoundException;
import vn.langso.org.boundary.UnitView;
import vn.langso.org.boundary.Units;
import vn.langso.web.faces.PagedModel;
import vn.langso.web.faces.Pages;

/** The units page: the tree, the search, and the unit chosen in either. */
@Named
@ViewScoped
public class UnitsBacking implements Serializable {

    @Inject
    Units units;

    private UnitTree tree;
    private UnitView selected;
    private String searchText;
    private PagedModel<UnitView> found;

    @PostConstruct
    void init() {
        tree = new UnitTree(unit -> units.children(unit == null ? null : unit.id()));
    }

    public void open() {
        Pages.allowedOr404();
    }

    public void select() {
        selected = tree.getSelected() == null ? null : tree.getSelected().getData();
    }

    public void search() {
        String text = searchText == null ? "" : searchText.trim();
        found = text.isEmpty() ? null : new PagedModel<>(request -> units.search(text, request), UnitView::id);
        Pages.firstPage("search:found");
    }

    /** Chooses a unit and opens the tree down to it, read afresh: after a change, its figures changed too. */
    public void show(long unitId) {
        selected = units.byId(unitId);
        tree.reload();
        tree.reveal(pathTo(selected));
    }

    /** The ids from the highest unit the caller sees down to the unit. */
    private List<Long> pathTo(UnitView unit) {
        LinkedList<Long> path = new LinkedList<>();
        for (UnitView at = unit; at != null; at = parentOf(at)) {
            path.addFirst(at.id());
        }
        return path;
    }

    private UnitView parentOf(UnitView unit) {
        try {
            return unit.parentId() == null ? null : units.byId(unit.parentId());
        } catch (NotFoundException aboveTheCallersArea) {
            return null;
        }
    }

    public UnitTree getTree() {
        return tree;
    }

    public UnitView getSelected() {
        return selected;
    }

    public String getSearchText() {
        return searchText;
    }

    public void setSearchText(String searchText) {
        this.searchText = searchText;
    }

    public PagedModel<UnitView> getFound() {
        return found;
    }
}
