package dev.weft.processor.loop;

import dev.weft.processor.testing.MarkedDiagnosticsTest;

/**
 * Scratch builders and containers taken out of the iteration, or used where a chunk's own would
 * differ from the loop's: each refused where the marker in {@code
 * loop/ScratchObjectRejections.java} says.
 */
class ScratchObjectRejectionTest extends MarkedDiagnosticsTest {
    ScratchObjectRejectionTest() {
        super("loop/ScratchObjectRejections.java");
    }
}
