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
        List<AttendanceInput.Resident> residents) {

    /** "Lê Văn Ba, Nguyễn Thị Sáu": the residents who came, for a list. */
    public String residentNames() {
        return String.join(
                ", ", residents.stream().map(AttendanceInput.Resident::name).toList());
    }
}
