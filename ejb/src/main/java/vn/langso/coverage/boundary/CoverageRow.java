package vn.langso.coverage.boundary;

import java.util.List;
import vn.langso.org.boundary.AreaUnit;

/** A child unit, its subtree's coverage, and how it stands against the targets it follows. */
public record CoverageRow(AreaUnit unit, CoverageFigures figures, List<TargetProgress> targets) {

    /** Points missing to the target of the indicator; 0 when reached or without a target. */
    public double gap(Indicator indicator) {
        return targets.stream()
                .filter(t -> t.indicator() == indicator)
                .mapToDouble(TargetProgress::gap)
                .findFirst()
                .orElse(0);
    }

    public double reachedGap() {
        return gap(Indicator.REACHED);
    }

    public double proficientGap() {
        return gap(Indicator.PROFICIENT);
    }
}
