package dev.weft.processor.loop;

import dev.weft.processor.testing.MarkedDiagnosticsTest;

/**
 * The near misses of the loop headers Weft counts: steps that are not positive, steps that may
 * change while the loop runs, conditions it cannot count with; each pinned by its marker in
 * {@code loop/HeaderRejections.java}.
 */
class LoopHeaderRejectionTest extends MarkedDiagnosticsTest {
    LoopHeaderRejectionTest() {
        super("loop/HeaderRejections.java");
    }
}
