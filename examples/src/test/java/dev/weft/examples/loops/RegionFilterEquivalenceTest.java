package dev.weft.examples.loops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Filters over a region of an image: the twin's pixels are the original's, for regions inside the image and past its edge. */
class RegionFilterEquivalenceTest {

    static IntStream sizes() {
        return LoopEquivalenceTest.sizes();
    }

    private static byte[] image(int width, int height, long seed) {
        byte[] pixels = new byte[width * height];
        new Random(seed).nextBytes(pixels);
        return pixels;
    }

    private static int[] table() {
        int[] table = new int[256];
        for (int k = 0; k < 256; k++) {
            table[k] = (k * 7 + 3) % 256;
        }
        return table;
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void regionsInsideTheImage(int n) {
        int width = 9;
        int height = n + 4;
        for (int[] region : new int[][] {{0, 0, width, height}, {2, 1, 5, n}, {1, 3, 6, n + 1}}) {
            RegionFilters original = new RegionFilters(image(width, height, n), width, region[0], region[1], region[2], region[3]);
            RegionFilters twin = new RegionFilters(image(width, height, n), width, region[0], region[1], region[2], region[3]);
            original.applyTable(table());
            RegionFiltersParallel.applyTable(twin, table());
            original.invert();
            RegionFiltersParallel.invert(twin);
            original.markRows();
            RegionFiltersParallel.markRows(twin);
            assertThat(twin.pixels()).isEqualTo(original.pixels());
        }
        byte[] source = image(width, height, n + 1L);
        RegionFilters original = new RegionFilters(image(width, height, n), width, 1, 1, width - 2, Math.max(0, height - 2));
        RegionFilters twin = new RegionFilters(image(width, height, n), width, 1, 1, width - 2, Math.max(0, height - 2));
        original.smoothFrom(source);
        RegionFiltersParallel.smoothFrom(twin, source);
        assertThat(twin.pixels()).isEqualTo(original.pixels());
    }

    /** A region past the right edge spills into the next row, where the next row's pass reaches too: the twin runs the loop as written. */
    @ParameterizedTest
    @MethodSource("sizes")
    void regionsPastTheRightEdge(int n) {
        int width = 9;
        int height = n + 4;
        RegionFilters original = new RegionFilters(image(width, height, n), width, 1, 2, 30, n);
        RegionFilters twin = new RegionFilters(image(width, height, n), width, 1, 2, 30, n);
        original.applyTable(table());
        RegionFiltersParallel.applyTable(twin, table());
        original.invert();
        RegionFiltersParallel.invert(twin);
        assertThat(twin.pixels()).isEqualTo(original.pixels());
        original.markRows();
        RegionFiltersParallel.markRows(twin);
        assertThat(twin.pixels()).isEqualTo(original.pixels());
    }
}
