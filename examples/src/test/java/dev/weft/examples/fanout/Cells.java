package dev.weft.examples.fanout;

import dev.weft.Parallelizable;
import java.io.IOException;

/**
 * Methods whose calls may cross to worker processes, since all they send and return serializes,
 * and one whose calls cannot.
 */
class Cells {
    private Cells() {}

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

    /** The process that runs a call, to tell worker processes from this one. */
    @Parallelizable
    static long processOf(int cell) {
        return ProcessHandle.current().pid();
    }

    /** Not serializable, so a method that takes one keeps its calls in the calling JVM. */
    static final class Ruler {
        int length(int cell) {
            return cell;
        }
    }

    @Parallelizable
    static int measure(int cell, Ruler ruler) {
        return ruler.length(cell);
    }
}
