package dev.weft.processor.loop;

import dev.weft.processor.testing.MarkedDiagnosticsTest;

/**
 * Reads of what another iteration changes of its element, field by field or through an array or a
 * container: each refused where the marker in {@code loop/ElementFieldRejections.java} says.
 */
class ElementFieldRejectionTest extends MarkedDiagnosticsTest {
    ElementFieldRejectionTest() {
        super("loop/ElementFieldRejections.java");
    }
}
