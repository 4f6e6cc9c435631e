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

    /**
     * The region's pixels set to the rounded mean of their 3 × 3 neighbourhood in {@code source},
     * the neighbours held in scratch locals declared before the loop and slid along the row, the
     * pixel written through a cursor advanced where it is used. The region keeps one pixel off
     * every edge.
     */
    void smoothFrom(byte[] source) {
        int west;
        int centre;
        int east;
        int cursor;
        for (@ParallelFor int y = top; y < top + regionHeight; y++) {
            cursor = y * width + left;
            centre = column(source, cursor - 1);
            east = column(source, cursor);
            for (int x = left; x < left + regionWidth; x++) {
                west = centre;
                centre = east;
                east = column(source, cursor + 1);
                pixels[cursor++] = (byte) ((west + centre + east + 4) / 9);
            }
        }
    }

    /** The sum of the three pixels of {@code source} in the column of {@code at}, the rows above and below it included. */
    private int column(byte[] source, int at) {
        return (source[at - width] & 255) + (source[at] & 255) + (source[at + width] & 255);
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
