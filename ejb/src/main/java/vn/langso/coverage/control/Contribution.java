package vn.langso.coverage.control;

import java.time.LocalDate;

/** One toward a counter of a hamlet from the day given on; a null day counts only in the total (households). */
public record Contribution(long unitId, String measure, LocalDate day) {}
