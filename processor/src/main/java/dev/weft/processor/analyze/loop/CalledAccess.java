package dev.weft.processor.analyze.loop;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.util.TreePath;
import dev.weft.processor.analyze.effects.FieldAccess;

/**
 * A field that a call of the body reads or writes, with the object of the body its way starts from:
 * what another iteration may be writing, or what this one writes.
 *
 * @param call the call, where an error is reported
 * @param path the call's path
 * @param access the field, and how the callee reaches the object
 * @param object the object of the body the callee's way starts from, its receiver or an argument,
 *     where it starts from one of them ({@link FieldAccess.Way#fromRoot}); {@code null} otherwise
 * @param whose which object is accessed, for a message: {@code of `leader`}, {@code of an object
 *     reached through `boids`}
 * @param how how the callee comes to make the access: {@code reads `o.speed` (Flock.java:9)}
 * @param operand the receiver or argument the callee's way starts from, however it goes on from
 *     it; {@code null} for {@code this} and where it starts from no receiver or argument
 */
record CalledAccess(ExpressionTree call, TreePath path, FieldAccess access, ExpressionTree object, String whose,
        String how, ExpressionTree operand) {
}
