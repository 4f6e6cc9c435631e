package dev.weft.processor.loop;

import dev.weft.processor.testing.MarkedDiagnosticsTest;

/**
 * A twin that calls methods whose loops are refused reports those refusals, pinned in
 * {@code loop/TwinCallRejections.java}, and nothing else: no error about the twins it calls.
 */
class TwinCallRejectionTest extends MarkedDiagnosticsTest {
    TwinCallRejectionTest() {
        super("loop/TwinCallRejections.java");
    }
}
