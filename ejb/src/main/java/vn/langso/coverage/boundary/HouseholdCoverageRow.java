package vn.langso.coverage.boundary;

import java.time.LocalDate;
import java.util.Set;
import vn.langso.kernel.OutreachService;

/** A household of a hamlet with its coverage: when reached and proficient (null: not yet), services done and partial. */
public record HouseholdCoverageRow(
        long id,
        String code,
        String headName,
        String houseNumber,
        boolean active,
        LocalDate reachedOn,
        LocalDate proficientOn,
        Set<OutreachService> done,
        Set<OutreachService> partial) {}
