package vn.langso.visits.boundary;

import java.time.LocalDateTime;
import vn.langso.visits.entity.FlagKind;

public record FlagView(
        long id,
        String visitId,
        FlagKind kind,
        String detail,
        long teamId,
        long unitId,
        LocalDateTime raisedAt,
        LocalDateTime resolvedAt,
        String resolutionNote) {}
