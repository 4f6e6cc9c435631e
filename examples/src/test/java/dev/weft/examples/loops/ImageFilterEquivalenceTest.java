package dev.weft.examples.loops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A filter whose rows are {@code y * width + x} with {@code x} short of both borders, over buffers
 * held in fields: the twin gives the original's image with two buffers, and with one buffer, where
 * each pass reads what it writes and the twin runs it as written.
 */
class ImageFilterEquivalenceTest {
    static Stream<Arguments> images() {
        return Stream.of(Arguments.of(0, 0), Arguments.of(1, 1), Arguments.of(3, 2), Arguments.of(2, 7),
                Arguments.of(7, 7), Arguments.of(LoopShapes.CHUNK + 1, 3), Arguments.of(5, LoopShapes.CHUNK + 1),
                Arguments.of(317, 331));
    }

    private static int[] image(int width, int height) {
        return new SplittableRandom(width * 31L + height).ints(width * height, 0, 1 << 16).toArray();
    }

    @ParameterizedTest
    @MethodSource("images")
    void theTwinFiltersAsTheOriginalDoes(int width, int height) {
        int[] original = image(width, height);
        int[] twin = original.clone();
        int[] expected = new ImageFilters(original, original.clone(), width, height).apply(3);
        assertThat(ImageFiltersParallel.apply(new ImageFilters(twin, twin.clone(), width, height), 3)).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("images")
    void aFilterInPlaceRunsAsWritten(int width, int height) {
        int[] original = image(width, height);
        int[] twin = original.clone();
        int[] expected = new ImageFilters(original, original, width, height).apply(2);
        assertThat(ImageFiltersParallel.apply(new ImageFilters(twin, twin, width, height), 2)).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("images")
    void indicesNamedInLocalsGiveTheOriginalsValues(int width, int height) {
        int[] image = image(width, height);
        assertThat(ImageFiltersParallel.differences(image, width, height))
                .isEqualTo(ImageFilters.differences(image, width, height));
        int[] other = image(height, width);
        assertThat(ImageFiltersParallel.interleaved(image, other)).isEqualTo(ImageFilters.interleaved(image, other));
    }

    @ParameterizedTest
    @MethodSource("images")
    void aRelaxationStepWrittenAsInCGivesTheOriginalsGrid(int width, int height) {
        double[] grid = new SplittableRandom(width + 17L * height).doubles(width * height).toArray();
        double[] original = new double[grid.length];
        double[] twin = new double[grid.length];
        double change = ImageFilters.relaxed(grid, original, width, height);
        assertThat(ImageFiltersParallel.relaxed(grid, twin, width, height)).isCloseTo(change, within(1e-9 * (1 + change)));
        assertThat(twin).isEqualTo(original);
    }
}
