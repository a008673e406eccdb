package vn.langso.coverage.control;

import java.time.LocalDate;

/**
 * One (or, with a sign of -1, one less) toward a counter of a hamlet from the day given on; a null day counts only in
 * the total (households). A household that declined a service and was helped later counts as declined from the first
 * day and no longer from the day it was helped.
 */
public record Contribution(long unitId, String measure, LocalDate day, int sign) {

    public Contribution(long unitId, String measure, LocalDate day) {
        this(unitId, measure, day, 1);
    }
}
