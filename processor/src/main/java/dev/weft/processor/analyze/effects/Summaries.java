package dev.weft.processor.analyze.effects;

import com.sun.source.tree.MethodTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.util.Elements;

/**
 * The effect summaries of the methods whose source is in the compilation, computed when first
 * asked for and kept: the loop and fan-out analyses share them. Recursion, direct or mutual, is
 * summarised to a fixpoint: the methods met while one summary is worked out are summarised again,
 * each from the others' last summaries, until none changes.
 */
public final class Summaries {
    private final Trees trees;
    private final Elements elements;
    private final Map<ExecutableElement, MethodSummary> known = new HashMap<>();
    /** The methods met while the outermost summary asked for is worked out, with their summaries so far. */
    private final Map<ExecutableElement, MethodSummary> working = new LinkedHashMap<>();

    public Summaries(Trees trees, Elements elements) {
        this.trees = trees;
        this.elements = elements;
    }

    /** What {@code method} may change; {@code null} when the compilation has no body of it to read. */
    public MethodSummary of(ExecutableElement method) {
        MethodSummary summary = known.get(method);
        if (summary != null) {
            return summary;
        }
        if (working.containsKey(method)) {
            return working.get(method);
        }
        TreePath path = trees.getPath(method);
        if (path == null || !(path.getLeaf() instanceof MethodTree tree) || tree.getBody() == null) {
            return null;
        }
        boolean outermost = working.isEmpty();
        working.put(method, MethodSummary.NOTHING);
        working.put(method, scan(method));
        if (!outermost) {
            return working.get(method);
        }
        try {
            settle();
            known.putAll(working);
        } finally {
            working.clear();
        }
        return known.get(method);
    }

    /** Summarises the methods met again until what each reaches stops growing: the trails may differ, the reach may not. */
    private void settle() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (ExecutableElement met : new ArrayList<>(working.keySet())) {
                MethodSummary again = scan(met);
                changed |= !again.reaches(working.put(met, again));
            }
        }
    }

    private MethodSummary scan(ExecutableElement method) {
        return new SummaryScan(this, trees, elements, method, trees.getPath(method)).summary();
    }
}
