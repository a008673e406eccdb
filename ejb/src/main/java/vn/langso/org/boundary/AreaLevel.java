package vn.langso.org.boundary;

import java.util.List;

/**
 * One step of a drill-down: the unit looked at (null: the province's top units, for a caller who sees everything),
 * the trail from the top of the caller's area down to it, and its children. {@link #isEmpty()} for a caller whose
 * area holds no unit at all.
 */
public record AreaLevel(AreaUnit parent, List<AreaUnit> trail, List<AreaUnit> children, boolean everywhere) {

    public boolean isEmpty() {
        return parent == null && !everywhere;
    }

    public String parentPath() {
        return parent == null ? null : parent.path();
    }
}
