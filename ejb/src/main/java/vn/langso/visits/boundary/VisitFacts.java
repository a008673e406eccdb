package vn.langso.visits.boundary;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.langso.kernel.BasicDigitalSkill;
import vn.langso.kernel.OutreachService;

/**
 * A visit as another component counts it (coverage): the household, the day, which services were done, left partial
 * or declined, and the residents with the skills they showed.
 */
public record VisitFacts(
        String visitId,
        long householdId,
        LocalDate visitedOn,
        Set<OutreachService> done,
        Set<OutreachService> partial,
        Set<OutreachService> declined,
        List<ResidentSkills> residents) {

    public record ResidentSkills(String name, Set<BasicDigitalSkill> skills) {}
}
