package vn.langso.coverage.boundary;

import java.time.LocalDate;

/** What a member's own visits added in a period: how many, to how many households. */
public record MyContribution(LocalDate from, LocalDate to, long visits, long households) {}
