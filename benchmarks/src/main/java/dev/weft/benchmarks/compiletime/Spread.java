package dev.weft.benchmarks.compiletime;

import java.util.List;

/**
 * The median of a few measurements, and an interval that holds the true median with a known
 * probability whatever the measurements' distribution: from the k-th smallest to the k-th largest
 * value, as the sign test gives it. Timings on a shared machine are far from normal (a build that
 * other work slows down is much slower, never much faster), so no mean and standard deviation.
 *
 * @param confidence the probability that the true median lies between {@code low} and {@code high}:
 *     the narrowest interval with at least 95 % is taken, or, with too few values for 95 %, the
 *     smallest to the largest value
 */
public record Spread(double median, double low, double high, double confidence) {
    private static final double WANTED_CONFIDENCE = 0.95;

    public static Spread of(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        int k = 1;
        while (k < n / 2 && confidence(n, k + 1) >= WANTED_CONFIDENCE) {
            k++;
        }
        return new Spread(median(sorted), sorted.get(k - 1), sorted.get(n - k), confidence(n, k));
    }

    public static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /**
     * The probability that the k-th smallest and k-th largest of {@code n} values enclose the median:
     * it fails only when fewer than k of them fall on one side, each side having the chance of a coin.
     */
    private static double confidence(int n, int k) {
        double oneSide = 0;
        double binomial = Math.pow(0.5, n);
        for (int below = 0; below < k; below++) {
            oneSide += binomial;
            binomial = binomial * (n - below) / (below + 1);
        }
        return 1 - 2 * oneSide;
    }
}
