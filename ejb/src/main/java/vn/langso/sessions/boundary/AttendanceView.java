package vn.langso.sessions.boundary;

import java.util.List;

/** One household or member at a session; {@code name} is the household's head or the member. */
public record AttendanceView(
        String id,
        long occurrenceId,
        Long householdId,
        Long memberId,
        String name,
        int people,
        List<AttendanceInput.Resident> residents) {}
