package vn.langso.coverage.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * How a unit stands against the target it follows for an indicator (its own, or {@code inherited} from the nearest
 * ancestor that has one): the actual percent and the points still missing ({@code gap}, zero once reached).
 */
public record TargetProgress(
        Indicator indicator, BigDecimal percent, LocalDate dueOn, boolean inherited, Double actual, double gap) {

    public boolean reached() {
        return gap <= 0;
    }
}
