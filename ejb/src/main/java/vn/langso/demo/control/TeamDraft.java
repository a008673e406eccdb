package vn.langso.demo.control;

import java.time.LocalDate;

/**
 * A team before its members, dated as reported; {@code late} if founded after Q3 2022. The leader of a hamlet's
 * first team is the hamlet's head: {@code leaderRole} is then his affiliation, otherwise null.
 */
record TeamDraft(UnitNode unit, UnitNode district, String name, LocalDate founded, boolean late, String leaderRole) {}
