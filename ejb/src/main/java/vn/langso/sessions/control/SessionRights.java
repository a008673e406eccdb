package vn.langso.sessions.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;
import vn.langso.accounts.boundary.Caller;
import vn.langso.accounts.entity.Role;
import vn.langso.kernel.AreaScope;
import vn.langso.org.boundary.OrgDirectory;
import vn.langso.org.boundary.TeamPlace;
import vn.langso.sessions.entity.SessionSeries;

/**
 * Who may do what with village sessions. Trainers and admins: everything, everywhere. A team leader: schedule and
 * change his team's series. A facilitator: record who came to the sessions he leads. Everyone reads their area's.
 */
@Dependent
public class SessionRights {

    @Inject
    OrgDirectory directory;

    public static boolean everywhere(Caller caller) {
        return caller.has(Role.ADMIN) || caller.has(Role.TRAINER);
    }

    public static AreaScope readableArea(Caller caller) {
        return everywhere(caller) ? AreaScope.EVERYWHERE : caller.area();
    }

    /**
     * Where the caller reads sessions: his area, or for a team member without one, his team's area (the sessions
     * held where his team works).
     */
    public AreaScope readable(Caller caller) {
        AreaScope area = readableArea(caller);
        if (!area.pathPrefix().isEmpty() || caller.memberId() == null) {
            return area;
        }
        return directory
                .currentTeamOf(caller.memberId())
                .map(team -> AreaScope.subtreeOf(team.unitPath()))
                .orElse(AreaScope.NOWHERE);
    }

    /** The team a team leader leads today. */
    public Optional<TeamPlace> ledTeamOf(Caller caller) {
        return caller.memberId() == null || !caller.has(Role.TEAM_LEADER)
                ? Optional.empty()
                : directory.currentTeamOf(caller.memberId());
    }

    public boolean mayChange(Caller caller, SessionSeries series) {
        if (everywhere(caller)) {
            return true;
        }
        Long seriesTeam = series.getTeamId();
        return seriesTeam != null
                && ledTeamOf(caller).map(team -> team.teamId() == seriesTeam).orElse(false);
    }

    public boolean mayRecordAttendance(Caller caller, SessionSeries series) {
        return mayChange(caller, series)
                || (caller.memberId() != null && series.getFacilitators().contains(caller.memberId()));
    }
}
