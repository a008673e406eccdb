package vn.langso.sessions.boundary;

/** The attendance as stored after a PUT, and whether this request created it (201) or found or changed it (200). */
public record AttendanceWrite(AttendanceView attendance, boolean created) {}
