package dev.weft.processor.analyze.fanout;

import com.sun.source.tree.Tree;

/**
 * A write in a {@code @Parallelizable} method to state that parallel calls share.
 *
 * @param target the expression written
 * @param at where the written field's name starts, the position of the error
 * @param field the field as the message names it: {@code Counter.count} for a static field, as
 *     written ({@code total}, {@code this.total}, {@code Outer.this.total}) for an instance field
 * @param isStatic whether it is a static field, shared by all calls, rather than a field of the
 *     receiver, shared by the calls on one object
 */
record FieldWrite(Tree target, Tree at, String field, boolean isStatic) {}
