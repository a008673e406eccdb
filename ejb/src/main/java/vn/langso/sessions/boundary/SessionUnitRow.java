package vn.langso.sessions.boundary;

import vn.langso.org.boundary.AreaUnit;

/**
 * One child unit of a sessions report, its subtree's sessions added up; or, {@code direct}, the sessions held at the
 * parent unit itself (a commune's hall rather than one of its hamlets).
 */
public record SessionUnitRow(AreaUnit unit, boolean direct, SessionFigures figures) {}
