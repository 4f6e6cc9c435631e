package dev.weft.internal;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedList;
import java.util.List;
import java.util.RandomAccess;
import java.util.Set;
import java.util.Stack;
import java.util.Vector;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The entry point of generated loop twins: one factory per loop shape, each returning the
 * {@link LoopRange} of one run of the loop. Bounds are evaluated once, before the first iteration.
 */
public final class Loops {
    /** The lists that keep their elements in storage of their own, which no other list or array shares. */
    private static final Set<Class<?>> OWN_ELEMENTS = Set.of(ArrayList.class, LinkedList.class, Vector.class, Stack.class,
            CopyOnWriteArrayList.class);

    private Loops() {}

    /** {@code for (i = first; i < end; i += step)}. */
    public static LoopRange ascending(LoopSpec spec, long first, long end, long step) {
        checkStep(spec, step);
        long count = first >= end ? 0 : Chunking.ceilDiv(Math.subtractExact(end, first), step);
        return new LoopRange(spec, first, step, count);
    }

    /** {@code for (i = first; i <= last; i += step)}. */
    public static LoopRange ascendingInclusive(LoopSpec spec, long first, long last, long step) {
        checkStep(spec, step);
        long count = first > last ? 0 : Math.addExact(Math.subtractExact(last, first) / step, 1);
        return new LoopRange(spec, first, step, count);
    }

    /** {@code for (i = first; i > end; i -= step)}. */
    public static LoopRange descending(LoopSpec spec, long first, long end, long step) {
        checkStep(spec, step);
        long count = first <= end ? 0 : Chunking.ceilDiv(Math.subtractExact(first, end), step);
        return new LoopRange(spec, first, -step, count);
    }

    /** {@code for (i = first; i >= last; i -= step)}. */
    public static LoopRange descendingInclusive(LoopSpec spec, long first, long last, long step) {
        checkStep(spec, step);
        long count = first < last ? 0 : Math.addExact(Math.subtractExact(first, last) / step, 1);
        return new LoopRange(spec, first, -step, count);
    }

    /** The indices {@code 0} to {@code size} of an array or list an enhanced {@code for} walks. */
    public static LoopRange indices(LoopSpec spec, long size) {
        return ascending(spec, 0, size, 1);
    }

    /**
     * Whether a list and another list or array a loop takes to be distinct may hold their elements
     * in one place: where they are one object, or either list is one that may view another's
     * elements ({@code Arrays.asList(a)}, {@code list.subList(1, n)}, an unmodifiable view), which
     * only the lists that keep elements of their own are known not to; a twin runs the loop as
     * written then.
     */
    public static boolean mayShareElements(Object written, Object other) {
        return written == other || viewsOthers(written) || viewsOthers(other);
    }

    private static boolean viewsOthers(Object list) {
        return list instanceof List<?> && !OWN_ELEMENTS.contains(list.getClass());
    }

    /**
     * A partial for a reduction into the rows of {@code rows}, an array of primitive arrays: an array
     * as long, whose every row is a new zeroed array as long as the row in its place ({@code null}
     * where that row is {@code null}), so rows of any lengths, and rows held twice, add up as the loop
     * adds into them.
     */
    @SuppressWarnings("unchecked")
    public static <T> T[] zeroedRows(T[] rows) {
        T[] zeroed = (T[]) Array.newInstance(rows.getClass().getComponentType(), rows.length);
        for (int k = 0; k < rows.length; k++) {
            T row = rows[k];
            zeroed[k] = row == null ? null : (T) Array.newInstance(row.getClass().getComponentType(), Array.getLength(row));
        }
        return zeroed;
    }

    /**
     * Whether the row-major index {@code i * width + x} of an {@code int} loop, {@code x} between 0
     * and {@code width - 1}, stays within {@code int} for every {@code i} from {@code first} to
     * {@code bound}: only then do different iterations' rows not wrap onto each other, and a twin
     * runs the loop as written otherwise. A negative width fails: no column lies below it, but an
     * inner loop's bound {@code width - d} below it may wrap round to a large one.
     */
    public static boolean rowsFit(long first, long bound, long width) {
        long reach = Math.max(Math.abs(first), Math.abs(bound));
        return width == 0 || width > 0 && reach < Integer.MAX_VALUE / width;
    }

    /**
     * Whether the row-major index {@code (i - origin) * width + x} stays within {@code int} as
     * {@link #rowsFit(long, long, long)} asks of {@code i * width + x}: rows counted from
     * {@code origin}, as a tile of an image numbers them.
     */
    public static boolean rowsFit(long first, long bound, long origin, long width) {
        try {
            return rowsFit(Math.subtractExact(first, origin), Math.subtractExact(bound, origin), width);
        } catch (ArithmeticException overflow) {
            return false;
        }
    }

    /**
     * Whether the columns from {@code first} up to {@code end}, past the last, lie among the
     * columns 0 to {@code width - 1} of a row, or are none: only then does a row-major index
     * {@code i * width + x} with {@code x} among them keep to the row of {@code i}, and a twin runs
     * the loop as written otherwise ({@code x} from {@code roiX} below {@code roiX + roiWidth}, with
     * a region reaching past the image's edge).
     */
    public static boolean columnsFit(long first, long end, long width) {
        return end <= first || first >= 0 && end <= width;
    }

    /**
     * The elements an enhanced {@code for} walks, indexable in constant time: a random-access list
     * as it is, any other collection or iterable as a snapshot taken now.
     */
    public static <T> List<T> indexable(Iterable<T> items) {
        if (items instanceof List<T> list && items instanceof RandomAccess) {
            return list;
        }
        if (items instanceof Collection<T> collection) {
            @SuppressWarnings("unchecked")
            List<T> snapshot = (List<T>) Arrays.asList(collection.toArray());
            return snapshot;
        }
        List<T> copy = new ArrayList<>();
        items.forEach(copy::add);
        return copy;
    }

    /**
     * The step of a loop of a {@code long} variable whose step is a value known only at run time,
     * checked before the loop runs either way.
     *
     * @throws IllegalArgumentException when it is not positive: the loop as written would move away
     *     from its bound or never move, where it is meant to count towards it
     */
    public static long step(LoopSpec spec, long step) {
        checkStep(spec, step);
        return step;
    }

    /**
     * As {@link #step}, for a loop of an {@code int} variable.
     *
     * @throws IllegalArgumentException also when the step does not fit in an {@code int}: each update
     *     of the variable would wrap around
     */
    public static int intStep(LoopSpec spec, long step) {
        checkStep(spec, step);
        if (step > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("The step of the @ParallelFor loop at " + spec.loop() + " is " + step
                    + ", which does not fit in its int variable: each update would wrap around");
        }
        return (int) step;
    }

    private static void checkStep(LoopSpec spec, long step) {
        if (step <= 0) {
            throw new IllegalArgumentException("The step of the @ParallelFor loop at " + spec.loop() + " is " + step
                    + ", but must be positive: the loop as written would "
                    + (step == 0 ? "never reach its bound" : "move away from its bound"));
        }
    }
}
