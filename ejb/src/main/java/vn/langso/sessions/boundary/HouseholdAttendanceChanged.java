package vn.langso.sessions.boundary;

import java.time.LocalDate;

/**
 * Published in the transaction that recorded, changed or took back a household's attendance at a session, so that
 * what counts households reached (coverage) changes with it. {@code householdId} is null when the attendance was taken
 * back; the previous household and unit are those before a change, null for a new attendance.
 */
public record HouseholdAttendanceChanged(
        String attendanceId,
        LocalDate day,
        Long householdId,
        Long unitId,
        Long previousHouseholdId,
        Long previousUnitId) {}
