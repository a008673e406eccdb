package vn.langso.visits.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.langso.kernel.BasicDigitalSkill;
import vn.langso.kernel.OutreachService;
import vn.langso.visits.entity.Outcome;

/**
 * A visit as the field app and the pages send it. {@code householdClientId}: the UUID of a household the phone added
 * offline, for when its server id is not known yet. {@code memberIds}: the others who went (the caller is always
 * first). {@code visitedAt}: Vietnam's wall-clock time. {@code baseVersion}: for an edit, the version it replaces.
 */
public record VisitInput(
        Long householdId,
        String householdClientId,
        Long teamId,
        List<Long> memberIds,
        LocalDateTime visitedAt,
        List<ServiceInput> services,
        List<ResidentInput> residents,
        BigDecimal latitude,
        BigDecimal longitude,
        Integer accuracyMeters,
        String note,
        Integer baseVersion) {

    public record ServiceInput(OutreachService code, Outcome outcome, String note, LocalDate followUpOn) {}

    public record ResidentInput(String name, Integer birthYear, Set<BasicDigitalSkill> skills) {}

    public List<Long> memberIds() {
        return memberIds == null ? List.of() : memberIds;
    }

    public List<ServiceInput> services() {
        return services == null ? List.of() : services;
    }

    public List<ResidentInput> residents() {
        return residents == null ? List.of() : residents;
    }

    /** Enum sets iterate in declaration order, so equal sets always serialize alike. */
    static Set<BasicDigitalSkill> inOrder(Set<BasicDigitalSkill> skills) {
        return skills == null || skills.isEmpty() ? EnumSet.noneOf(BasicDigitalSkill.class) : EnumSet.copyOf(skills);
    }

    /** The same visit without the version it replaces, its sets in order: what a resend is compared by. */
    public VisitInput content() {
        return new VisitInput(
                householdId,
                householdClientId,
                teamId,
                memberIds(),
                visitedAt,
                services(),
                residents().stream()
                        .map(r -> r == null ? null : new ResidentInput(r.name(), r.birthYear(), inOrder(r.skills())))
                        .toList(),
                latitude,
                longitude,
                accuracyMeters,
                note,
                null);
    }
}
