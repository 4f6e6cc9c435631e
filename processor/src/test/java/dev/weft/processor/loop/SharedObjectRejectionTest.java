package dev.weft.processor.loop;

import dev.weft.processor.testing.MarkedDiagnosticsTest;

/**
 * Loop bodies that write, themselves or through the methods they call, an object their element
 * reaches through a field two elements may share ({@code e.to} of two edges to one node): each
 * refused where the marker in {@code loop/SharedObjects.java} says, and nothing else.
 */
class SharedObjectRejectionTest extends MarkedDiagnosticsTest {
    SharedObjectRejectionTest() {
        super("loop/SharedObjects.java");
    }
}
