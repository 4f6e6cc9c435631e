package dev.weft.processor.loop;

import dev.weft.processor.testing.MarkedDiagnosticsTest;

/**
 * Loop bodies whose calls read a field the loop writes, of an object that may be another
 * iteration's element or reach what another iteration writes: each refused where the marker in
 * {@code loop/CalledReads.java} says, and the reads of the iteration's own objects accepted.
 */
class CalledReadRejectionTest extends MarkedDiagnosticsTest {
    CalledReadRejectionTest() {
        super("loop/CalledReads.java");
    }
}
