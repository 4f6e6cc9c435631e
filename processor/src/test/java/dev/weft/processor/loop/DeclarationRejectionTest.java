package dev.weft.processor.loop;

import dev.weft.processor.testing.MarkedDiagnosticsTest;

/**
 * Declarations Weft cannot carry into the companion are Weft errors at the use, never javac errors
 * in generated code; each pinned by its marker in {@code loop/DeclarationRejections.java}.
 */
class DeclarationRejectionTest extends MarkedDiagnosticsTest {
    DeclarationRejectionTest() {
        super("loop/DeclarationRejections.java");
    }
}
