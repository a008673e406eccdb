package vn.langso.sessions.boundary;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.langso.kernel.BasicDigitalSkill;

/**
 * A household's attendance at a session as another component counts it (coverage): the day, the residents who came
 * and the basic digital skills the session taught, which they count as having shown.
 */
public record HouseholdAttendance(
        String attendanceId, long householdId, LocalDate day, List<String> residents, Set<BasicDigitalSkill> skills) {}
