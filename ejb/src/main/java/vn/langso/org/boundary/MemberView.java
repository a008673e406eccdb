package vn.langso.org.boundary;

import vn.langso.org.entity.Gender;
import vn.langso.org.entity.TeamRole;

/** A member with their current team, if any. */
public record MemberView(
        long id,
        String fullName,
        String phone,
        String email,
        Integer birthYear,
        Gender gender,
        String affiliation,
        Long teamId,
        String teamName,
        TeamRole teamRole,
        String unitName) {}
