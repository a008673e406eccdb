package vn.langso.org.boundary;

import java.time.LocalDate;

/**
 * A unit as a drill-down shows it: its path lets a report sum a subtree, and whether there is a level below. A unit
 * merged by a reform still shows where it carries history, with the day it was closed.
 */
public record AreaUnit(
        long id, String code, String name, String typeLabel, String path, boolean hasChildren, LocalDate closedOn) {

    public boolean isClosed() {
        return closedOn != null;
    }
}
