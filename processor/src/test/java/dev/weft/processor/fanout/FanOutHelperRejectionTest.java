package dev.weft.processor.fanout;

import dev.weft.processor.testing.MarkedDiagnosticsTest;

/**
 * {@code @Parallelizable} methods made impure by a helper, at any depth, that writes a static
 * field or a field of the receiver: each refused at the call, where the marker in
 * {@code fanout/Helpers.java} says; helpers that only compute or change the method's own objects pass.
 */
class FanOutHelperRejectionTest extends MarkedDiagnosticsTest {
    FanOutHelperRejectionTest() {
        super("fanout/Helpers.java");
    }
}
