package dev.weft.processor.analyze.effects;

import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;

/**
 * One change a method may make.
 *
 * @param target what the change reaches, seen from the method
 * @param trail how the method makes it, down to the write: {@code changes `this.hits` (Calls.java:9)},
 *     or {@code calls `bump()` (Calls.java:12), which changes ...}
 * @param at where in the method the change is made: the write, or the call that makes it
 * @param range for an array parameter, the only elements of it the method touches; {@code null}
 *     when it may change any element, or a field
 */
public record Effect(Root target, String trail, Tree at, ElementRange range) {

    /** Whether the method makes the change through a call, not by a write of its own. */
    public boolean throughCall() {
        return at instanceof MethodInvocationTree || at instanceof NewClassTree;
    }

    /** This change, with nothing known of which elements it reaches. */
    Effect anyElement() {
        return range == null ? this : new Effect(target, trail, at, null);
    }
}
