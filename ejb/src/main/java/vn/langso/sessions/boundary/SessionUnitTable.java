package vn.langso.sessions.boundary;

import java.util.List;
import vn.langso.org.boundary.AreaUnit;

/** A step of the sessions report's drill-down: the unit (null: the province), the trail to it, its children's rows. */
public record SessionUnitTable(
        AreaUnit parent, List<AreaUnit> trail, List<SessionUnitRow> rows, SessionFigures total) {}
