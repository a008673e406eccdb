package vn.langso.coverage.boundary;

import vn.langso.org.boundary.AreaUnit;

/** A child unit and its subtree's coverage. */
public record CoverageRow(AreaUnit unit, CoverageFigures figures) {}
