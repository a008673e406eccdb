package vn.langso.sessions.boundary;

import java.util.List;

/**
 * Who came to a session, as the field app sends it: a household (by server id, or by the UUID of one the phone added
 * offline) with the residents who came, or a team member (no residents).
 */
public record AttendanceInput(
        long occurrenceId, Long householdId, String householdClientId, Long memberId, List<Resident> residents) {

    public record Resident(String name, Integer birthYear) {}

    public List<Resident> residents() {
        return residents == null ? List.of() : residents;
    }

    /** What a resend is compared by: the same fields, names without surrounding spaces. */
    AttendanceInput content() {
        return new AttendanceInput(
                occurrenceId,
                householdId,
                householdClientId == null ? null : householdClientId.trim().toLowerCase(),
                memberId,
                residents().stream()
                        .map(r ->
                                new Resident(r.name() == null ? null : r.name().strip(), r.birthYear()))
                        .toList());
    }
}
