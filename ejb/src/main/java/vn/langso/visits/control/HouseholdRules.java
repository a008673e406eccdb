package vn.langso.visits.control;

import vn.langso.kernel.ClientIds;
import vn.langso.kernel.InvalidInputException;
import vn.langso.visits.boundary.HouseholdInput;

/** What a household must say, the same for a form, an import row and the field app. */
public final class HouseholdRules {

    public static final int NAME_LENGTH = 120;
    public static final int MAXIMUM_RESIDENTS = 99;
    static final String PHONE = "\\+?[0-9 .-]{8,20}";
    static final String CODE = "[A-Za-z0-9._-]{1,32}";

    private HouseholdRules() {}

    public static void check(HouseholdInput household) {
        if (household.unitId() == null) {
            throw new InvalidInputException("unitId", "household.unitMissing");
        }
        if (household.headName() == null || household.headName().isBlank()) {
            throw new InvalidInputException("headName", "household.nameMissing");
        }
        length("headName", household.headName(), NAME_LENGTH);
        length("houseNumber", household.houseNumber(), 32);
        length("street", household.street(), 150);
        length("notes", household.notes(), 500);
        if (household.code() != null
                && !household.code().isBlank()
                && !household.code().trim().matches(CODE)) {
            throw new InvalidInputException("code", "household.codeInvalid");
        }
        if (household.phone() != null
                && !household.phone().isBlank()
                && !household.phone().trim().matches(PHONE)) {
            throw new InvalidInputException("phone", "household.phoneInvalid");
        }
        int residents = household.residents() == null ? 1 : household.residents();
        if (residents < 1 || residents > MAXIMUM_RESIDENTS) {
            throw new InvalidInputException("residents", "household.residents", MAXIMUM_RESIDENTS);
        }
        if ((household.latitude() == null) != (household.longitude() == null)) {
            throw new InvalidInputException("latitude", "visit.positionHalf");
        }
        if (household.clientId() != null && !household.clientId().isBlank()) {
            clientId(household.clientId());
        }
    }

    public static String clientId(String text) {
        return ClientIds.require("clientId", text);
    }

    /** Digits only, so that "0912 345 678" and "0912.345.678" are one phone. */
    public static String phoneDigits(String phone) {
        return phone == null ? null : phone.replaceAll("[^0-9+]", "");
    }

    static void length(String field, String text, int maximum) {
        if (text != null && text.length() > maximum) {
            throw new InvalidInputException(field, "visit.tooLong", maximum);
        }
    }
}
