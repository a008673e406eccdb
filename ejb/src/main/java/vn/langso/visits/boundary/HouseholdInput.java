package vn.langso.visits.boundary;

import java.math.BigDecimal;

/** A household as a form, an import row or the field app gives it; {@code code} is generated when blank. */
public record HouseholdInput(
        String clientId,
        Long unitId,
        String code,
        String headName,
        String houseNumber,
        String street,
        String phone,
        Integer residents,
        String notes,
        BigDecimal latitude,
        BigDecimal longitude,
        Integer accuracyMeters) {}
