package vn.langso.certification.control;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import vn.langso.certification.control.CertifiedReportQuery.ReportSkill;
import vn.langso.certification.control.CertifiedReportQuery.UnitMembers;
import vn.langso.certification.control.CertifiedReportQuery.UnitSkill;

/**
 * Adds the units' counts up to the children of a unit by path prefix, one row per child and skill. Teams attached to
 * the parent itself belong to no child and get rows of their own ({@code direct}).
 */
public final class CertifiedReportRollup {

    /** A child unit by its path, and what its row says of it. */
    public record Child<U>(U unit, String path, boolean hasChildren) {}

    /** One unit (or the parent's own teams) in one skill. */
    public record Row<U>(
            U unit,
            boolean direct,
            boolean hasChildren,
            ReportSkill skill,
            long members,
            long certified,
            long expired) {

        /** Share of the members certified, in whole percent. */
        public long certifiedPercent() {
            return members == 0 ? 0 : Math.round(certified * 100.0 / members);
        }
    }

    private CertifiedReportRollup() {}

    public static <U> List<Row<U>> rows(
            U parent,
            String parentPath,
            List<Child<U>> children,
            List<ReportSkill> skills,
            List<UnitMembers> members,
            List<UnitSkill> certificates) {
        List<Row<U>> rows = new ArrayList<>();
        for (Child<U> child : children) {
            Predicate<String> within = path -> path.startsWith(child.path());
            for (ReportSkill skill : skills) {
                rows.add(row(child.unit(), false, child.hasChildren(), skill, within, members, certificates));
            }
        }
        if (parentPath != null && members.stream().anyMatch(m -> m.unitPath().equals(parentPath))) {
            for (ReportSkill skill : skills) {
                rows.add(row(parent, true, false, skill, parentPath::equals, members, certificates));
            }
        }
        return rows;
    }

    /** The whole of what was counted, per skill. */
    public static <U> List<Row<U>> totals(
            U unit, List<ReportSkill> skills, List<UnitMembers> members, List<UnitSkill> certificates) {
        return skills.stream()
                .map(skill -> row(unit, false, false, skill, path -> true, members, certificates))
                .toList();
    }

    private static <U> Row<U> row(
            U unit,
            boolean direct,
            boolean hasChildren,
            ReportSkill skill,
            Predicate<String> within,
            List<UnitMembers> members,
            List<UnitSkill> certificates) {
        long count = members.stream()
                .filter(m -> within.test(m.unitPath()))
                .mapToLong(UnitMembers::members)
                .sum();
        List<UnitSkill> held = certificates.stream()
                .filter(c -> c.skillId() == skill.id() && within.test(c.unitPath()))
                .toList();
        return new Row<>(
                unit,
                direct,
                hasChildren,
                skill,
                count,
                held.stream().mapToLong(UnitSkill::certified).sum(),
                held.stream().mapToLong(UnitSkill::expired).sum());
    }
}
