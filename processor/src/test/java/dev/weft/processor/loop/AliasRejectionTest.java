package dev.weft.processor.loop;

import dev.weft.processor.testing.MarkedDiagnosticsTest;

/**
 * Loop bodies that reach what iterations share through aliases, lambdas, local classes and
 * shadowed names, and updates that only look like reductions: each refused where the marker in
 * {@code loop/Aliases.java} says, and nothing else.
 */
class AliasRejectionTest extends MarkedDiagnosticsTest {
    AliasRejectionTest() {
        super("loop/Aliases.java");
    }
}
