package dev.weft.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FiguresTest {
    @Test
    void timesTakeTheUnitThatKeepsThreeSignificantDigits() {
        assertThat(Figures.format(5.66)).isEqualTo("5.66 ns");
        assertThat(Figures.format(1_460)).isEqualTo("1.46 µs");
        assertThat(Figures.format(55_900_000)).isEqualTo("55.9 ms");
        assertThat(Figures.format(4_120_000_000.0)).isEqualTo("4.12 s");
    }

    @Test
    void ratiosFarBelowOneReadAsTheirInverse() {
        assertThat(Figures.ratio(1.914)).isEqualTo("1.91×");
        assertThat(Figures.ratio(0.005)).isEqualTo("1/200×");
    }

    @Test
    void largeCountsAreGroupedByThousands() {
        assertThat(Figures.grouped("10000000")).isEqualTo("10 000 000");
        assertThat(Figures.grouped("100")).isEqualTo("100");
        assertThat(Figures.grouped("sum")).isEqualTo("sum");
    }
}
