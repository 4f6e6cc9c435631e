package dev.weft.examples.loops;

import dev.weft.ParallelFor;

/**
 * Filters over a rectangular region of an 8-bit grey image, in the form image editors write them:
 * the region held in fields, the pixels walked row by row either from the region's left edge
 * ({@code x} from {@code left} below {@code left + regionWidth}) or by a cursor set to where the
 * region's row starts and advanced once a pixel. A region that reaches past the image's right edge
 * spills into the next row, and the twin must then run the loop as written.
 */
final class RegionFilters {
    private final byte[] pixels;
    private final int width;
    private final int top;
    private final int left;
    private final int regionWidth;
    private final int regionHeight;

    RegionFilters(byte[] pixels, int width, int top, int left, int regionWidth, int regionHeight) {
        this.pixels = pixels;
        this.width = width;
        this.top = top;
        this.left = left;
        this.regionWidth = regionWidth;
        this.regionHeight = regionHeight;
    }

    /** Each pixel of the region replaced by its entry in {@code table}, walked by a cursor. */
    void applyTable(int[] table) {
        for (@ParallelFor int y = top; y < top + regionHeight; y++) {
            int i = y * width + left;
            for (int x = left; x < left + regionWidth; x++) {
                pixels[i] = (byte) table[pixels[i] & 255];
                i++;
            }
        }
    }

    /** Each pixel of the region set to the low byte of its row's number, walked by a cursor: the last row to reach a pixel wins. */
    void markRows() {
        for (@ParallelFor int y = top; y < top + regionHeight; y++) {
            int i = y * width + left;
            for (int x = left; x < left + regionWidth; x++) {
                pixels[i] = (byte) y;
                i++;
            }
        }
    }

    /** Each pixel of the region inverted, indexed from its column. */
    void invert() {
        for (@ParallelFor int y = top; y < top + regionHeight; y++) {
            for (int x = left; x < left + regionWidth; x++) {
                int i = y * width + x;
                pixels[i] = (byte) (255 - (pixels[i] & 255));
            }
        }
    }

    byte[] pixels() {
        return pixels;
    }
}
