package dev.weft.processor.analyze;

import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import javax.annotation.processing.Messager;
import javax.tools.Diagnostic;

/**
 * Where Weft's findings reach the user: compile errors and warnings at the exact position of the
 * tree they are about, which javac prints as file, line and column with the source line beneath.
 */
public final class Diagnostics {
    /** The ID of the errors about a call whose callee changes what calls or iterations share. */
    public static final String CALL_EFFECT = "[weft:call-effect] ";

    private final Trees trees;
    private final Messager messager;
    private int errors;

    public Diagnostics(Trees trees, Messager messager) {
        this.trees = trees;
        this.messager = messager;
    }

    /** An error at {@code tree}, which lies in the compilation unit of {@code where}. */
    public void error(TreePath where, Tree tree, String message) {
        errors++;
        trees.printMessage(Diagnostic.Kind.ERROR, message, tree, where.getCompilationUnit());
    }

    /** An error at the tree {@code at} points to. */
    public void error(TreePath at, String message) {
        error(at, at.getLeaf(), message);
    }

    /** A warning at {@code tree}, which lies in the compilation unit of {@code where}. */
    public void warning(TreePath where, Tree tree, String message) {
        trees.printMessage(Diagnostic.Kind.WARNING, message, tree, where.getCompilationUnit());
    }

    /** Errors reported so far: an analysis compares counts to learn whether it found any. */
    public int errorCount() {
        return errors;
    }
}
