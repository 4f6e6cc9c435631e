package dev.weft.processor.loop;

import dev.weft.processor.testing.MarkedDiagnosticsTest;

/**
 * Calls in loop bodies whose callees change what the iterations share, one to three calls deep,
 * through recursion, a constructor, a lambda or the JDK: each refused at the call, naming the
 * chain down to the write, where the marker in {@code loop/Calls.java} says; the calls that change
 * only the iteration's own objects pass.
 */
class CallRejectionTest extends MarkedDiagnosticsTest {
    CallRejectionTest() {
        super("loop/Calls.java");
    }
}
