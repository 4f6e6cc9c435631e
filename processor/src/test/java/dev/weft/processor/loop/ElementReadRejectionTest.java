package dev.weft.processor.loop;

import dev.weft.processor.testing.MarkedDiagnosticsTest;

/**
 * Loop bodies that read a field they write of their elements, of {@code this}, of an object whose
 * class Weft cannot tell, or of one whose class is a type variable's bound: each refused where the
 * marker in {@code loop/ElementReads.java} says.
 */
class ElementReadRejectionTest extends MarkedDiagnosticsTest {
    ElementReadRejectionTest() {
        super("loop/ElementReads.java");
    }
}
