package vn.langso.coverage.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.langso.kernel.BasicDigitalSkill;
import vn.langso.kernel.OutreachService;

/**
 * Something that reached a household on a day, a visit or a session attended, as coverage counts it: the services
 * done, left partial or declined (a session: none), and the residents with the skills they showed.
 */
public record Activity(
        LocalDate day,
        Set<OutreachService> done,
        Set<OutreachService> partial,
        Set<OutreachService> declined,
        List<Resident> residents) {

    /** A resident and the skills shown; the same name (accents, case and spaces aside) in one household is one person. */
    public record Resident(String name, Set<BasicDigitalSkill> skills) {}
}
