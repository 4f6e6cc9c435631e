package dev.weft.benchmarks.compiletime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OverheadTest {
    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(Spread.median(List.of(4.0, 1.0, 3.0))).isEqualTo(3.0);
        assertThat(Spread.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
    }

    @Test
    void sevenValuesSpanTheirWholeRangeAtNinetyEightPercent() {
        Spread spread = Spread.of(List.of(5.0, 1.0, 7.0, 3.0, 2.0, 6.0, 4.0));
        assertThat(spread.median()).isEqualTo(4.0);
        assertThat(spread.low()).isEqualTo(1.0);
        assertThat(spread.high()).isEqualTo(7.0);
        // Both ends miss the median only when all seven fall on one side: 2 / 2^7.
        assertThat(spread.confidence()).isCloseTo(1 - 2 / 128.0, within(1e-12));
    }

    @Test
    void moreValuesNarrowTheIntervalAndKeepAtLeastNinetyFivePercent() {
        List<Double> values = IntStream.rangeClosed(1, 14).mapToObj(v -> (double) v).toList();
        Spread spread = Spread.of(values);
        // The third smallest and third largest: one side holds fewer than three with 2 × 106 / 2^14.
        assertThat(spread.low()).isEqualTo(3.0);
        assertThat(spread.high()).isEqualTo(12.0);
        assertThat(spread.confidence()).isCloseTo(1 - 2 * 106 / 16384.0, within(1e-12));
        assertThat(spread.confidence()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void eachRoundIsComparedWithItsOwnBaseline() {
        List<Timing> without = List.of(timing(100), timing(200), timing(400));
        List<Timing> with = List.of(timing(110), timing(220), timing(480));
        Overhead overhead = Overhead.between(without, with);
        assertThat(overhead.thread().median()).isCloseTo(0.10, within(1e-9));
        assertThat(overhead.thread().low()).isCloseTo(0.10, within(1e-9));
        assertThat(overhead.thread().high()).isCloseTo(0.20, within(1e-9));
        assertThat(overhead.wall().median()).isCloseTo(0.10, within(1e-9));
    }

    private static Timing timing(double millis) {
        return new Timing(millis, millis, millis, 0, 0, 0, Double.NaN);
    }
}
