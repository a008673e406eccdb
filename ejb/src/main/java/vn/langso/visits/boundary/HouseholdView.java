package vn.langso.visits.boundary;

import java.math.BigDecimal;

public record HouseholdView(
        long id,
        String clientId,
        String code,
        long unitId,
        String unitName,
        String headName,
        String houseNumber,
        String street,
        String phone,
        int residents,
        String notes,
        BigDecimal latitude,
        BigDecimal longitude,
        Integer accuracyMeters,
        boolean active) {}
