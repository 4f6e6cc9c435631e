package dev.weft.processor.analyze.effects;

import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import java.util.Objects;

/**
 * One change a method may make.
 *
 * @param target what the change reaches, seen from the method
 * @param trail how the method makes it, down to the write: {@code changes `this.hits` (Calls.java:9)},
 *     or {@code calls `bump()` (Calls.java:12), which changes ...}
 * @param at where in the method the change is made: the write, or the call that makes it
 * @param range for an array parameter, the only elements of it the method touches; {@code null}
 *     when it may change any element, or a field
 * @param shared why the object changed may be one that another receiver or argument reaches too,
 *     beyond the root itself; {@code null} where it is the root, or reached through fields each
 *     object owns
 */
public record Effect(Root target, String trail, Tree at, ElementRange range, Shared shared) {

    /** Whether the method makes the change through a call or a method reference, not by a write of its own. */
    public boolean throughCall() {
        return at instanceof MethodInvocationTree || at instanceof NewClassTree || at instanceof MemberReferenceTree;
    }

    /**
     * A change of the same root that either this or {@code later} may be: which elements it reaches
     * only where both agree, and beyond the root as far as either.
     */
    Effect or(Effect later) {
        Effect chosen = Objects.equals(range, later.range) ? this : later.range == null ? later
                : new Effect(target, trail, at, null, shared);
        Shared stricter = Shared.either(shared, later.shared);
        if (stricter == chosen.shared) {
            return chosen;
        }
        // The trail told is the one of the change that may reach a shared object.
        Effect explaining = stricter == shared ? this : later;
        return new Effect(target, explaining.trail, explaining.at, chosen.range, stricter);
    }
}
