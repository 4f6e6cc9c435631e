package dev.weft.processor;

import dev.weft.processor.testing.MarkedDiagnosticsTest;

/**
 * Calls Weft cannot see into: one warning a loop or fan-out method, at its first such call,
 * listing what it trusts, silenced by {@code @SuppressWarnings("weft:unseen-call")} on the method
 * or a class around it; calls the JDK's table knows get none.
 */
class UnseenCallTest extends MarkedDiagnosticsTest {
    UnseenCallTest() {
        super("unseen/Unseen.java");
    }
}
