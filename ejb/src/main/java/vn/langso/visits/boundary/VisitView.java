package vn.langso.visits.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import vn.langso.kernel.BasicDigitalSkill;
import vn.langso.kernel.OutreachService;
import vn.langso.visits.entity.FlagKind;
import vn.langso.visits.entity.Outcome;

/** A stored visit as pages and the API show it; {@code members} in order, the logging member first. */
public record VisitView(
        String id,
        int version,
        long householdId,
        String householdCode,
        String householdName,
        long unitId,
        String unitName,
        long teamId,
        List<Person> members,
        LocalDateTime visitedAt,
        List<ServiceView> services,
        List<ResidentView> residents,
        BigDecimal latitude,
        BigDecimal longitude,
        Integer accuracyMeters,
        String note,
        List<FlagKind> flags,
        LocalDateTime createdAt,
        boolean editable) {

    public record Person(long id, String name) {}

    public record ServiceView(OutreachService code, Outcome outcome, String note, LocalDate followUpOn) {}

    public record ResidentView(String name, Integer birthYear, Set<BasicDigitalSkill> skills) {}
}
