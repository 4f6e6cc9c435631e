package dev.weft.benchmarks.report;

import dev.weft.benchmarks.compiletime.Spread;
import java.util.Locale;

/** Times and ratios as the report prints them: three significant digits in a readable unit. */
final class Figures {
    private Figures() {}

    static String format(double nanos) {
        if (nanos < 1e3) {
            return significant(nanos) + " ns";
        }
        if (nanos < 1e6) {
            return significant(nanos / 1e3) + " µs";
        }
        if (nanos < 1e9) {
            return significant(nanos / 1e6) + " ms";
        }
        return significant(nanos / 1e9) + " s";
    }

    /** A time with JMH's error as a percentage of it, when JMH could estimate one. */
    static String withError(double nanos, double errorNanos) {
        if (Double.isNaN(errorNanos)) {
            return format(nanos);
        }
        return format(nanos) + " ± " + Math.round(100 * errorNanos / nanos) + " %";
    }

    /** A ratio; one far below 1 as its inverse, {@code 1/215×}, which reads better than {@code 0.00×}. */
    static String ratio(double ratio) {
        return ratio < 0.1
                ? String.format(Locale.ROOT, "1/%.0f×", 1 / ratio)
                : String.format(Locale.ROOT, "%.2f×", ratio);
    }

    /** A fraction such as 0.034 as {@code +3.4 %}. */
    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%+.1f %%", 100 * fraction);
    }

    /** A median fraction with its confidence interval, {@code +3.4 % (+1.2 … +5.0 %)}. */
    static String percent(Spread spread) {
        return percent(spread.median())
                + String.format(Locale.ROOT, " (%+.1f … %+.1f %%)", 100 * spread.low(), 100 * spread.high());
    }

    /** A median share with its confidence interval, {@code 11.4 % (10.9 … 12.0 %)}. */
    static String share(Spread share) {
        return String.format(Locale.ROOT, "%.1f %% (%.1f … %.1f %%)", 100 * share.median(), 100 * share.low(),
                100 * share.high());
    }

    /** A whole number with its digits in groups of three, {@code 10 000 000}; other text unchanged. */
    static String grouped(String value) {
        return value.matches("\\d{4,}") ? String.format(Locale.ROOT, "%,d", Long.parseLong(value)).replace(',', ' ') : value;
    }

    private static String significant(double value) {
        String pattern = value >= 100 ? "%.0f" : value >= 10 ? "%.1f" : "%.2f";
        return String.format(Locale.ROOT, pattern, value);
    }
}
