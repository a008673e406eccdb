package vn.langso.coverage.boundary;

/** The indicators a target can be set for: a percent of the unit's households. */
public enum Indicator {
    /** Households reached by a visit or a session. */
    REACHED,
    /** Households with a person proficient in the five basic digital skills. */
    PROFICIENT;

    public Double actual(CoverageFigures figures) {
        return this == REACHED ? figures.reachedPercent() : figures.proficientPercent();
    }
}
