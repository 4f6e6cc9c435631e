package dev.weft.processor.loop;

import dev.weft.processor.testing.MarkedDiagnosticsTest;

/**
 * The uses of a collection, map or builder that keep a loop accumulating into it from running in
 * parallel, each pinned by its marker in {@code loop/CollectionRejections.java}.
 */
class CollectionRejectionTest extends MarkedDiagnosticsTest {
    CollectionRejectionTest() {
        super("loop/CollectionRejections.java");
    }
}
