package vn.langso.coverage.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A target as set: for a unit, an indicator's percent by a date. */
public record TargetView(
        long id, long unitId, String unitName, Indicator indicator, BigDecimal percent, LocalDate dueOn) {}
