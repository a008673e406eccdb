package vn.langso.org.boundary;

import java.time.LocalDate;

public record TeamView(
        long id,
        String name,
        long unitId,
        String unitCode,
        String unitName,
        LocalDate foundedOn,
        boolean active,
        long memberCount) {}
