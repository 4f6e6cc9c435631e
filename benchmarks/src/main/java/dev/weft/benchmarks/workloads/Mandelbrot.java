package dev.weft.benchmarks.workloads;

import dev.weft.ParallelFor;

/**
 * The Mandelbrot set, one row per iteration: irregular CPU work, since rows crossing the set
 * iterate to the limit while rows outside it escape at once. Every variant renders rows with
 * {@link #renderRow}, so they differ only in how the rows are spread over the cores.
 */
public final class Mandelbrot {
    private Mandelbrot() {}

    /** Escape counts of a {@code width × height} view of [-2, 1] × [-1.2, 1.2], row-major. */
    public static int[] render(int width, int height, int maxIterations) {
        int[] counts = new int[width * height];
        for (@ParallelFor int y = 0; y < height; y++) {
            renderRow(counts, y, width, height, maxIterations);
        }
        return counts;
    }

    public static void renderRow(int[] counts, int y, int width, int height, int maxIterations) {
        double ci = -1.2 + 2.4 * y / height;
        for (int x = 0; x < width; x++) {
            double cr = -2.0 + 3.0 * x / width;
            // Squares kept from one step to the next: three multiplications a step instead of five.
            double re = 0;
            double im = 0;
            double re2 = 0;
            double im2 = 0;
            int n = 0;
            for (; n < maxIterations && re2 + im2 <= 4.0; n++) {
                im = 2 * re * im + ci;
                re = re2 - im2 + cr;
                re2 = re * re;
                im2 = im * im;
            }
            counts[y * width + x] = n;
        }
    }
}
