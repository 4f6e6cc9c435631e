package dev.weft.benchmarks.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The variants of one workload measured with the same parameters on the same JDK: the figures
 * that can be compared with each other.
 */
public record Workload(String benchmark, Map<String, String> params, int jdk, List<Measurement> variants) {
    static final String ORIGINAL = "original";
    static final String WEFT = "weft";

    public Workload {
        params = Map.copyOf(params);
        variants = List.copyOf(variants);
    }

    /** The measurements grouped by workload, in the order they were first measured. */
    public static List<Workload> group(List<Measurement> measurements) {
        Map<List<Object>, List<Measurement>> groups = new LinkedHashMap<>();
        for (Measurement m : measurements) {
            groups.computeIfAbsent(List.of(m.benchmark(), m.params(), m.jdk()), key -> new ArrayList<>()).add(m);
        }
        List<Workload> workloads = new ArrayList<>();
        groups.values().forEach(group -> {
            Measurement first = group.get(0);
            workloads.add(new Workload(first.benchmark(), first.params(), first.jdk(), group));
        });
        return workloads;
    }

    public Optional<Measurement> variant(String name) {
        return variants.stream().filter(m -> m.variant().equals(name)).findFirst();
    }

    public Optional<Measurement> original() {
        return variant(ORIGINAL);
    }

    public Optional<Measurement> weft() {
        return variant(WEFT);
    }

    /**
     * The fastest variant that is neither the original nor Weft. Variants named {@code weft...} are
     * Weft in another configuration, not alternatives to it.
     */
    public Optional<Measurement> bestAlternative() {
        return variants.stream()
                .filter(m -> !m.variant().equals(ORIGINAL) && !m.variant().startsWith(WEFT))
                .min(Comparator.comparingDouble(Measurement::nanos));
    }

    /** How many times faster Weft ran than {@code other}: above 1, Weft is faster. */
    public Optional<Double> weftSpeedupOver(Optional<Measurement> other) {
        return weft().flatMap(weft -> other.map(o -> o.nanos() / weft.nanos()));
    }

    /** Parameters as they read in a title, such as {@code size = 16}. */
    public String paramsText() {
        List<String> parts = new ArrayList<>();
        params.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> parts.add(e.getKey() + " = " + Figures.grouped(e.getValue())));
        return String.join(", ", parts);
    }
}
