package vn.langso.visits.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import vn.langso.accounts.boundary.Caller;
import vn.langso.accounts.boundary.CallerContext;
import vn.langso.kernel.AreaScope;
import vn.langso.kernel.NotFoundException;
import vn.langso.org.boundary.OrgDirectory;
import vn.langso.org.boundary.TeamPlace;

/**
 * Where a caller works in the field: an admin everywhere, a coordinator or team leader their area, a member the
 * area of the team they are on today. Households and visits outside it answer like ones that do not exist.
 */
@Dependent
public class FieldArea {

    @Inject
    CallerContext callers;

    @Inject
    OrgDirectory directory;

    public Caller caller() {
        return callers.current();
    }

    public AreaScope area() {
        Caller caller = callers.current();
        return !caller.area().pathPrefix().isEmpty() ? caller.area() : areaOf(team());
    }

    /** The same, when the caller's team is already known. */
    public AreaScope area(Optional<TeamPlace> team) {
        Caller caller = callers.current();
        return !caller.area().pathPrefix().isEmpty() ? caller.area() : areaOf(team);
    }

    private static AreaScope areaOf(Optional<TeamPlace> team) {
        return team.map(place -> AreaScope.subtreeOf(place.unitPath())).orElse(AreaScope.NOWHERE);
    }

    /** The team the caller is on today, if the caller is a member of one. */
    public Optional<TeamPlace> team() {
        Long member = callers.current().memberId();
        return member == null || !callers.current().isKnown() ? Optional.empty() : directory.currentTeamOf(member);
    }

    /** Null for everywhere (no condition needed); otherwise the ids of the area's units. */
    public List<Long> unitIds() {
        AreaScope area = area();
        return area.isEverywhere() ? null : directory.unitIdsIn(area);
    }

    public void requireUnit(long unitId, String unitPath) {
        if (!area().includes(unitPath)) {
            throw new NotFoundException();
        }
    }
}
