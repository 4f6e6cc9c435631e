package dev.weft.processor.model.loop;

/**
 * A row-major index {@code (i - origin) * width + x} taken to give each iteration elements of its
 * own, which it does only while no such index overflows {@code int}: the twin checks that before
 * the loop runs.
 *
 * @param width the width {@code w}, names rewritten
 * @param origin the row the rows are counted from, names rewritten; {@code null} for {@code i * w + x}
 */
public record RowMajorIndex(String width, String origin) {}
