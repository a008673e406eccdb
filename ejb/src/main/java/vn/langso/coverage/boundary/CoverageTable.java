package vn.langso.coverage.boundary;

import java.time.LocalDate;
import java.util.List;
import vn.langso.certification.boundary.SkillCertified;
import vn.langso.org.boundary.AreaUnit;

/**
 * A unit's coverage (null parent: the top of the caller's area) with one row per child, for a period, how it stands
 * against the targets it follows, and the members of its teams certified per skill (now).
 */
public record CoverageTable(
        AreaUnit parent,
        List<AreaUnit> trail,
        List<CoverageRow> rows,
        CoverageFigures whole,
        List<TargetProgress> targets,
        List<SkillCertified> certified,
        LocalDate from,
        LocalDate to) {}
