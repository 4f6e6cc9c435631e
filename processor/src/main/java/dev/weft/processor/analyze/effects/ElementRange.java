package dev.weft.processor.analyze.effects;

/**
 * The only elements of an array parameter that a method changes, when it reads no others either:
 * the element at its index parameter {@code index} ({@code store(out, i, v)} writing {@code out[i]}),
 * or the row {@code index} of its width parameter {@code width}, the elements {@code index * width}
 * to {@code index * width + width - 1} ({@code renderRow(counts, y, w)} writing {@code counts[y * w + x]}
 * for every {@code x} below {@code w}).
 *
 * @param index the parameter that holds the index, or the row
 * @param width the parameter that holds the row's width; {@code -1} for a single element
 */
public record ElementRange(int index, int width) {
    static ElementRange at(int index) {
        return new ElementRange(index, -1);
    }

    static ElementRange row(int index, int width) {
        return new ElementRange(index, width);
    }

    /** Whether the range is a row rather than one element. */
    public boolean isRow() {
        return width >= 0;
    }
}
