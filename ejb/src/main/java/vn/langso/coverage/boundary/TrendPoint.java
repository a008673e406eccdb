package vn.langso.coverage.boundary;

import java.time.LocalDate;

/** Households reached and proficient at the end of a month (this month: today). */
public record TrendPoint(LocalDate month, long reached, long proficient) {}
