package dev.weft.examples.loops;

import dev.weft.ParallelFor;

/** A 3 × 3 box blur: each output row is written by one iteration, from rows of the input only. */
public final class Blur {
    private Blur() {}

    static float[][] blur(float[][] image) {
        int height = image.length;
        int width = image[0].length;
        float[][] out = new float[height][width];
        for (@ParallelFor int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                float sum = 0;
                int count = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int yy = y + dy, xx = x + dx;
                        if (yy >= 0 && yy < height && xx >= 0 && xx < width) {
                            sum += image[yy][xx];
                            count++;
                        }
                    }
                }
                out[y][x] = sum / count;
            }
        }
        return out;
    }
}
