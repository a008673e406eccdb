package vn.langso.web.org;

import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDefaultTreeNode;
import org.primefaces.model.TreeNode;
import org.primefaces.util.Callbacks.SerializableFunction;
import vn.langso.org.boundary.UnitView;

/**
 * The unit tree of the units page. A province has hundreds of units: each node asks for its children only when
 * it is first expanded. After a change the tree is read again and opened down to the changed unit.
 */
public class UnitTree implements Serializable {

    private final SerializableFunction<UnitView, List<UnitView>> children;
    private TreeNode<UnitView> root;
    private TreeNode<UnitView> selected;

    /** children: the units under a unit, or the top units for null. */
    public UnitTree(SerializableFunction<UnitView, List<UnitView>> children) {
        this.children = children;
        reload();
    }

    public final void reload() {
        root = new LazyDefaultTreeNode<>(null, children, unit -> unit != null && unit.childCount() == 0);
        selected = null;
    }

    /** Opens the tree along the ids from a top unit down to a unit, and selects that unit. */
    public void reveal(List<Long> path) {
        TreeNode<UnitView> node = root;
        for (long id : path) {
            node.setExpanded(true);
            node = node.getChildren().stream()
                    .filter(child -> child.getData().id() == id)
                    .findFirst()
                    .orElse(null);
            if (node == null) {
                return;
            }
        }
        setSelected(node);
    }

    public TreeNode<UnitView> getRoot() {
        return root;
    }

    public TreeNode<UnitView> getSelected() {
        return selected;
    }

    public void setSelected(TreeNode<UnitView> node) {
        if (selected != null) {
            selected.setSelected(false);
        }
        selected = node;
        if (node != null) {
            node.setSelected(true);
        }
    }
}
