package dev.weft.examples.loops;

import dev.weft.ParallelFor;

/**
 * A nine-point box filter over a row-major image held in fields, in the form image code has: the
 * border rows and columns skipped ({@code x} from 1 to {@code width - 2}), scratch locals declared
 * before the loops, the buffers swapped after each pass. The two buffers are one array when the
 * filter is made to work in place, and the twin must then run each pass as written.
 */
final class ImageFilters {
    private int[] src;
    private int[] dst;
    private final int width;
    private final int height;

    ImageFilters(int[] src, int[] dst, int width, int height) {
        this.src = src;
        this.dst = dst;
        this.width = width;
        this.height = height;
    }

    int[] apply(int passes) {
        for (int pass = 0; pass < passes; pass++) {
            for (@ParallelFor int y = 1; y < height - 1; y++) {
                for (int x = 1; x < width - 1; x++) {
                    int sum = 0;
                    for (int k = -1; k <= 1; k++) {
                        for (int j = -1; j <= 1; j++) {
                            sum += src[(y + k) * width + x + j];
                        }
                    }
                    dst[y * width + x] = sum / 9;
                }
            }
            int[] help = src;
            src = dst;
            dst = help;
        }
        return src;
    }
}
