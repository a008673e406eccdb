package vn.langso.visits.control;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import vn.langso.kernel.ClientIds;
import vn.langso.kernel.InvalidInputException;
import vn.langso.kernel.OutreachService;
import vn.langso.visits.boundary.VisitInput;
import vn.langso.visits.boundary.VisitInput.ResidentInput;
import vn.langso.visits.boundary.VisitInput.ServiceInput;
import vn.langso.visits.entity.Outcome;

/**
 * What a visit must say before it is stored, the same for the field app and the pages. A doubtful date is not
 * refused here: it is stored with a quality flag ({@link QualityChecks}), so that no fieldwork is lost.
 */
public final class VisitRules {

    public static final int NOTE_LENGTH = 1000;
    public static final int SERVICE_NOTE_LENGTH = 500;
    public static final int NAME_LENGTH = 120;
    public static final int MAXIMUM_RESIDENTS = 30;

    private VisitRules() {}

    public static String requireUuid(String id) {
        return ClientIds.require("id", id);
    }

    public static void check(VisitInput visit, LocalDate today) {
        if (visit.householdId() == null
                && (visit.householdClientId() == null
                        || visit.householdClientId().isBlank())) {
            throw new InvalidInputException("householdId", "visit.householdMissing");
        }
        if (visit.visitedAt() == null) {
            throw new InvalidInputException("visitedAt", "visit.dateMissing");
        }
        if (visit.visitedAt().toLocalDate().isBefore(today.minusYears(1))) {
            throw new InvalidInputException("visitedAt", "visit.dateTooOld");
        }
        if (visit.services().isEmpty()) {
            throw new InvalidInputException("services", "visit.servicesMissing");
        }
        Set<OutreachService> seen = new HashSet<>();
        for (ServiceInput service : visit.services()) {
            checkService(service, visit, seen);
        }
        if (visit.residents().size() > MAXIMUM_RESIDENTS) {
            throw new InvalidInputException("residents", "visit.tooManyResidents", MAXIMUM_RESIDENTS);
        }
        for (ResidentInput resident : visit.residents()) {
            checkResident(resident, today.getYear());
        }
        checkLength("note", visit.note(), NOTE_LENGTH);
        checkPosition(visit);
    }

    private static void checkService(ServiceInput service, VisitInput visit, Set<OutreachService> seen) {
        if (service == null || service.code() == null || service.outcome() == null) {
            throw new InvalidInputException("services", "visit.serviceIncomplete");
        }
        if (!seen.add(service.code())) {
            throw new InvalidInputException(
                    "services", "visit.serviceTwice", service.code().name());
        }
        checkLength("services", service.note(), SERVICE_NOTE_LENGTH);
        if (service.followUpOn() != null
                && service.outcome() == Outcome.PARTIAL
                && service.followUpOn().isBefore(visit.visitedAt().toLocalDate())) {
            throw new InvalidInputException("services", "visit.followUpBeforeVisit");
        }
    }

    private static void checkResident(ResidentInput resident, int thisYear) {
        if (resident == null || resident.name() == null || resident.name().isBlank()) {
            throw new InvalidInputException("residents", "visit.residentNameMissing");
        }
        checkLength("residents", resident.name(), NAME_LENGTH);
        if (resident.birthYear() != null && (resident.birthYear() < 1900 || resident.birthYear() > thisYear)) {
            throw new InvalidInputException("residents", "visit.birthYear", thisYear);
        }
    }

    private static void checkPosition(VisitInput visit) {
        boolean latitude = visit.latitude() != null;
        if (latitude != (visit.longitude() != null)) {
            throw new InvalidInputException("latitude", "visit.positionHalf");
        }
        if (latitude
                && (visit.latitude().abs().doubleValue() > 90
                        || visit.longitude().abs().doubleValue() > 180)) {
            throw new InvalidInputException("latitude", "visit.positionInvalid");
        }
        if (visit.accuracyMeters() != null && visit.accuracyMeters() < 0) {
            throw new InvalidInputException("accuracyMeters", "visit.positionInvalid");
        }
    }

    static void checkLength(String field, String text, int maximum) {
        if (text != null && text.length() > maximum) {
            throw new InvalidInputException(field, "visit.tooLong", maximum);
        }
    }
}
