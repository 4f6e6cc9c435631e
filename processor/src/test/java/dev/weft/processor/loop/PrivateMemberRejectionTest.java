package dev.weft.processor.loop;

import dev.weft.processor.testing.MarkedDiagnosticsTest;

/**
 * The private members a twin still cannot reach through handles, each pinned by its marker in
 * {@code loop/PrivateRejections.java}.
 */
class PrivateMemberRejectionTest extends MarkedDiagnosticsTest {
    PrivateMemberRejectionTest() {
        super("loop/PrivateRejections.java");
    }
}
