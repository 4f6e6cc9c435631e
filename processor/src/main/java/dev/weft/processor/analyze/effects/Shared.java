package dev.weft.processor.analyze.effects;

/**
 * Why the object a method changes, reached from its root (its receiver, a parameter), may be one
 * that another object of the same kind reaches too: as two edges reach one node through
 * {@code e.to}, so that changing it from two of them at once is a race.
 *
 * @param why the way to it that may be shared, with where the field is set: {@code `Edge.to` is
 *     set to `to` (Graph.java:12), ...}
 * @param element whether the way is only an element of an array or a container, which an object
 *     created by the iteration holds only as the loop analysis follows it
 */
public record Shared(String why, boolean element) {
    /** The stricter of two: a field or a call's result over an element. */
    static Shared either(Shared first, Shared second) {
        return first == null || first.element && second != null ? second : first;
    }
}
