package dev.weft.processor.loop;

import dev.weft.processor.testing.MarkedDiagnosticsTest;

/**
 * Scratch locals read before an iteration assigns them, last values the last iteration may not
 * leave, and cursors that do not advance the same in every iteration: each refused where the
 * marker in {@code loop/NearMisses.java} says.
 */
class NearMissRejectionTest extends MarkedDiagnosticsTest {
    NearMissRejectionTest() {
        super("loop/NearMisses.java");
    }
}
