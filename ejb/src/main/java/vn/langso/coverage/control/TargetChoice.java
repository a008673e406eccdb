package vn.langso.coverage.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which target a unit follows for an indicator: its own if it has any, else its nearest ancestor's; of that unit's,
 * the first due on or after the day looked at, else the last one (overdue, to show it was missed).
 */
public final class TargetChoice {

    /** A target row as read. */
    public record Row(long id, long unitId, String indicator, BigDecimal percent, LocalDate dueOn) {}

    /** The chosen target, and whether it was set on an ancestor. */
    public record Chosen(Row target, boolean inherited) {}

    private TargetChoice() {}

    /** The ids on a unit's path, the unit's own last: where the targets it may follow are set. */
    public static List<Long> chain(String unitPath) {
        return Arrays.stream(unitPath.split("/"))
                .filter(part -> !part.isEmpty())
                .map(Long::valueOf)
                .toList();
    }

    public static Optional<Chosen> of(List<Row> targets, String unitPath, String indicator, LocalDate asOf) {
        List<Long> chain = chain(unitPath);
        for (int i = chain.size() - 1; i >= 0; i--) {
            long unitId = chain.get(i);
            List<Row> own = targets.stream()
                    .filter(t -> t.unitId() == unitId && t.indicator().equals(indicator))
                    .sorted(Comparator.comparing(Row::dueOn))
                    .toList();
            if (!own.isEmpty()) {
                Row chosen = own.stream()
                        .filter(t -> !t.dueOn().isBefore(asOf))
                        .findFirst()
                        .orElse(own.get(own.size() - 1));
                return Optional.of(new Chosen(chosen, i != chain.size() - 1));
            }
        }
        return Optional.empty();
    }
}
