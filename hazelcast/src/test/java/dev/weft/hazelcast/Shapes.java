package dev.weft.hazelcast;

import dev.weft.Parallelizable;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** Fan-out methods of every shape the processor generates, whose values can cross to a member. */
class Shapes {
    private Shapes() {}

    @Parallelizable
    static long grow(int cell, long by) throws IOException {
        if (cell < 0) {
            throw new IOException("cell " + cell + " is negative");
        }
        return cell * by + 1;
    }

    @Parallelizable
    static void check(String cell) throws IOException {
        if (cell.isEmpty()) {
            throw new IOException("an empty cell");
        }
    }

    /** {@code null} results are results too. */
    @Parallelizable
    static String nameOf(int cell) {
        return cell % 3 == 0 ? null : "cell-" + cell;
    }

    @Parallelizable
    static int sum(int[] cells) {
        int sum = 0;
        for (int cell : cells) {
            sum += cell;
        }
        return sum;
    }

    /** Where a call runs: the process and the thread. */
    @Parallelizable
    static String where(int cell) {
        return ProcessHandle.current().pid() + "/" + Thread.currentThread().getName();
    }

    /** A fan-out inside a task: it runs on the thread of the task that started it. */
    @SuppressWarnings("weft:unseen-call") // the companion generated for this class
    @Parallelizable
    static String nested(int cell) {
        return String.join(",", ShapesParallel.whereAll(List.of(cell, cell + 1, cell + 2)));
    }

    /** Takes a while, so that a member can be killed while it runs. */
    @Parallelizable
    static long sleepy(int cell, long millis) throws InterruptedException {
        Thread.sleep(millis);
        return (long) cell * cell;
    }

    /** What a box holds is not declared: its content must be among the types the method declares. */
    record Box(Object content) implements Serializable {}

    @Parallelizable
    static String open(Box box) {
        return String.valueOf(box.content());
    }

    /** Not serializable, so a method that takes one cannot cross. */
    static final class Ruler {
        int length(int cell) {
            return cell;
        }
    }

    @Parallelizable
    static int measure(int cell, Ruler ruler) {
        return ruler.length(cell);
    }

    /** A serializable receiver: it travels with each call. */
    record Scale(long factor) implements Serializable {
        @Parallelizable
        long times(int value) {
            return value * factor;
        }
    }
}
