package vn.langso.org.boundary;

import java.time.LocalDate;
import vn.langso.org.entity.TeamRole;

/** Who was in which team, in which role, from when to when (an open membership has no end). */
public record MembershipView(
        long id,
        long teamId,
        String teamName,
        long memberId,
        String memberName,
        String memberPhone,
        TeamRole teamRole,
        LocalDate startedOn,
        LocalDate endedOn) {

    public boolean open() {
        return endedOn == null;
    }

    /** The same membership without the member's phone, for a caller who may see the team but not reach its members. */
    public MembershipView withoutPhone() {
        return new MembershipView(id, teamId, teamName, memberId, memberName, null, teamRole, startedOn, endedOn);
    }
}
