package dev.weft.processor.model.loop;

/**
 * A row-major index {@code (i - origin) * width + x}, or {@code x * width + i}, taken to give each iteration elements of its
 * own, which it does only while no such index overflows {@code int}, and while {@code x} stays among
 * the columns 0 to {@code width - 1}: the twin checks both before the loop runs, where the loop does
 * not show the second.
 *
 * @param width the width {@code w}, names rewritten
 * @param origin the row the rows are counted from, names rewritten; {@code null} for {@code i * w + x}
 * @param firstColumn the first column an inner loop counts {@code x} from, names rewritten; {@code null}
 *     where the loop keeps {@code x} between 0 and {@code w - 1} as written
 * @param columnEnd the column past the last one that inner loop counts {@code x} through, names
 *     rewritten; {@code null} with {@code firstColumn}
 * @param firstRow for an index {@code x * width + i} that gives each iteration a column, the first
 *     row an inner loop counts {@code x} from, names rewritten: the twin checks that the loop's range
 *     lies within a row and that those rows do not overflow; {@code null} for an index that gives
 *     each iteration a row
 * @param rowEnd the row past the last one of those, names rewritten; {@code null} with {@code firstRow}
 */
public record RowMajorIndex(String width, String origin, String firstColumn, String columnEnd, String firstRow,
        String rowEnd) {}
