package vn.langso.visits.boundary;

import java.time.LocalDate;
import vn.langso.kernel.OutreachService;

public record FollowUpView(
        long id,
        long householdId,
        String householdName,
        String unitName,
        OutreachService service,
        LocalDate dueOn,
        boolean overdue,
        String openedByVisit) {}
