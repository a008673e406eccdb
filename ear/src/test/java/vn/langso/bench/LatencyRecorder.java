package vn.langso.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Response times per scenario, and their percentiles. */
final class LatencyRecorder {

    private final Map<String, List<Double>> millisByScenario = new TreeMap<>();

    synchronized void record(String scenario, long nanos) {
        millisByScenario.computeIfAbsent(scenario, s -> new ArrayList<>()).add(nanos / 1_000_000.0);
    }

    synchronized String report() {
        StringBuilder out = new StringBuilder(String.format(
                Locale.ROOT, "%-44s %6s %8s %8s %8s %8s%n", "scenario", "n", "p50 ms", "p95 ms", "p99 ms", "max ms"));
        millisByScenario.forEach((scenario, samples) -> {
            List<Double> sorted = new ArrayList<>(samples);
            Collections.sort(sorted);
            out.append(String.format(
                    Locale.ROOT,
                    "%-44s %6d %8.1f %8.1f %8.1f %8.1f%n",
                    scenario,
                    sorted.size(),
                    percentile(sorted, 50),
                    percentile(sorted, 95),
                    percentile(sorted, 99),
                    sorted.get(sorted.size() - 1)));
        });
        return out.toString();
    }

    private static double percentile(List<Double> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(index, 0));
    }
}
