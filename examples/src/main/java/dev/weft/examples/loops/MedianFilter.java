package dev.weft.examples.loops;

import dev.weft.ParallelFor;
import java.util.Arrays;

/**
 * A 3 × 3 median filter over the inner pixels of an 8-bit grey image kept row by row in one
 * array, written the way image editors write it: the window is a scratch array declared before the
 * loop, filled and sorted for each pixel, and the pixel is written through a cursor advanced along
 * the row. Weft gives each chunk a window of its own, as every pixel fills all of it before reading.
 */
public final class MedianFilter {
    private MedianFilter() {}

    static byte[] median(byte[] pixels, int width, int height) {
        byte[] out = pixels.clone();
        int[] window = new int[9];
        int offset;
        for (@ParallelFor int y = 1; y < height - 1; y++) {
            offset = y * width + 1;
            for (int x = 1; x < width - 1; x++) {
                for (int k = 0; k < 9; k++) {
                    window[k] = pixels[(y + k / 3 - 1) * width + x + k % 3 - 1] & 255;
                }
                Arrays.sort(window);
                out[offset++] = (byte) window[4];
            }
        }
        return out;
    }
}
