package dev.weft.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

class ComparisonTest {

    @Test
    void shortWorkIsWarmedUpThenTimedInRoundsThatAlternateWhichSideGoesFirst() throws Exception {
        List<String> calls = new ArrayList<>();
        Comparison<Integer> comparison = Comparison.of("short", 2, recording(calls, "original"),
                recording(calls, "weft"), Comparison.equal());

        Measured measured = comparison.run().get(0);

        assertThat(measured.example()).isEqualTo("short");
        assertThat(measured.backend()).isEqualTo("inline: too short to split");
        // Up to seven rounds fit in 2 s; a collection before each run could leave fewer on a busy machine.
        assertThat(measured.rounds()).isBetween(2, 7);
        List<String> expected = new ArrayList<>(List.of("original", "weft", "original", "weft"));
        for (int round = 0; round < measured.rounds(); round++) {
            expected.addAll(round % 2 == 0 ? List.of("original", "weft") : List.of("weft", "original"));
        }
        assertThat(calls).isEqualTo(expected);
    }

    @Test
    void longWorkGetsFewerRounds() throws Exception {
        Comparison<Integer> comparison = Comparison.of("slow", 0, () -> {
            Thread.sleep(600);
            return 1;
        }, () -> 1, Comparison.equal());

        Measured measured = comparison.run().get(0);

        // Rounds start only within the first 2 s, and each takes at least 0.6 s.
        assertThat(measured.rounds()).isBetween(1, 4);
        assertThat(measured.sequentialSeconds()).as("the fastest run still sleeps").isGreaterThanOrEqualTo(0.6);
    }

    @Test
    void aVariantThatDisagreesWithTheOriginalStopsTheJobNamingBothResults() {
        Comparison<Integer> comparison = new Comparison<>("sums", 0, () -> 10, Comparison.equal(),
                List.of(new Comparison.Variant<>("", () -> 10, false),
                        new Comparison.Variant<>("chunked", () -> 11, false)));

        assertThatThrownBy(comparison::run)
                .isInstanceOf(AssertionError.class)
                .hasMessage("sums, chunked: the original gave 10 but Weft gave 11");
    }

    private static Callable<Integer> recording(List<String> calls, String side) {
        return () -> {
            calls.add(side);
            return 42;
        };
    }
}
