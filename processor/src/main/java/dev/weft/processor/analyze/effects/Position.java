package dev.weft.processor.analyze.effects;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.Trees;

/** Where a tree stands, as messages name it: {@code Calls.java:12}. */
final class Position {
    private Position() {}

    static String of(Trees trees, CompilationUnitTree unit, Tree at) {
        long start = trees.getSourcePositions().getStartPosition(unit, at);
        String file = unit.getSourceFile().getName();
        return file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1) + ":"
                + unit.getLineMap().getLineNumber(start);
    }
}
