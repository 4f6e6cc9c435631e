package dev.weft.examples.loops;

import dev.weft.ParallelFor;

/**
 * The Mandelbrot set, one row per iteration of the parallel loop. Rows cost very different amounts
 * (those crossing the set iterate to the limit, those outside it escape at once), which is what the
 * runtime's AUTO schedule must balance.
 */
public final class Mandelbrot {
    private Mandelbrot() {}

    /** Escape counts of a {@code width × height} view of [-2, 1] × [-1.2, 1.2], row-major. */
    static int[] render(int width, int height, int maxIterations) {
        int[] counts = new int[width * height];
        for (@ParallelFor int y = 0; y < height; y++) {
            double ci = -1.2 + 2.4 * y / height;
            for (int x = 0; x < width; x++) {
                double cr = -2.0 + 3.0 * x / width;
                double zr = 0, zi = 0;
                int n = 0;
                while (n < maxIterations && zr * zr + zi * zi <= 4.0) {
                    double next = zr * zr - zi * zi + cr;
                    zi = 2 * zr * zi + ci;
                    zr = next;
                    n++;
                }
                counts[y * width + x] = n;
            }
        }
        return counts;
    }
}
