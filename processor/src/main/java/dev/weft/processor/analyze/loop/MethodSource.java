package dev.weft.processor.analyze.loop;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The text of one compilation unit and where its trees lie in it. */
final class MethodSource {
    private final CompilationUnitTree unit;
    private final SourcePositions positions;
    private final String text;

    MethodSource(CompilationUnitTree unit, Trees trees) {
        this.unit = unit;
        this.positions = trees.getSourcePositions();
        try {
            this.text = unit.getSourceFile().getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int start(Tree tree) {
        return (int) positions.getStartPosition(unit, tree);
    }

    int end(Tree tree) {
        return (int) positions.getEndPosition(unit, tree);
    }

    String text(int start, int end) {
        return text.substring(start, end);
    }

    /** The tree's text as written; for a tree javac made up, such as a default constructor's {@code super()}, as javac prints it. */
    String text(Tree tree) {
        return end(tree) < 0 ? tree.toString() : text(start(tree), end(tree));
    }

    /** {@code Foo.java:42}: where a tree starts, as people look it up. */
    String location(Tree tree) {
        String file = unit.getSourceFile().getName();
        String simple = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        return simple + ":" + unit.getLineMap().getLineNumber(start(tree));
    }

    /** How many characters of whitespace start the line {@code position} is on. */
    int indentOfLine(int position) {
        int lineStart = text.lastIndexOf('\n', position - 1) + 1;
        int n = lineStart;
        while (n < text.length() && (text.charAt(n) == ' ' || text.charAt(n) == '\t')) {
            n++;
        }
        return n - lineStart;
    }

    /** The unit's import declarations, as written. */
    List<String> imports() {
        List<String> imports = new ArrayList<>();
        for (ImportTree anImport : unit.getImports()) {
            imports.add(text(anImport));
        }
        return imports;
    }
}
