package dev.weft.processor.analyze.effects;

import com.sun.source.tree.Tree;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.lang.model.element.TypeElement;

/**
 * An instance field a method reads or writes, and of which object: what loops whose iterations write
 * a field of their elements must know, as the object another iteration reads may be their element.
 *
 * @param owner the class that declares the field; {@code null} where Weft cannot resolve it, which
 *     counts as any class
 * @param field the field's simple name; {@link #ANY_FIELD} for any
 * @param root where the object comes from, seen from the method
 * @param way how the object is reached
 */
public record FieldAccess(TypeElement owner, String field, Root root, Way way) {
    /** The field of an access that may be of any field: a read by the JDK's own code, which Weft cannot see. */
    static final String ANY_FIELD = "*";

    /** Whether the access may be of any field of the object. */
    public boolean anyField() {
        return field.equals(ANY_FIELD);
    }

    /** The field, for a message: {@code `speed`}, or {@code any field}. */
    public String fieldText() {
        return anyField() ? "any field" : "`" + field + "`";
    }

    /** Whether the object is the root itself: {@code this.speed}, {@code p.speed} of a parameter never set again. */
    public boolean direct() {
        return way.fromRoot() && way.fields().isEmpty();
    }

    /**
     * How an object accessed is reached: by fields alone from an object, the root itself or another.
     *
     * @param base the class of the object the fields are taken from; {@code null} where unknown
     * @param fields the instance fields taken, in order: none for the object itself, {@code [next]}
     *     for {@code p.next.speed}
     * @param fromRoot whether the fields are taken from the root itself, not from an object reached
     *     through it otherwise ({@code o} of {@code for (Boid o : all)}, an element, a call's result)
     */
    public record Way(TypeElement base, List<String> fields, boolean fromRoot) {
        public Way {
            fields = List.copyOf(fields);
        }

        /**
         * This way, then {@code further} fields from the object it reaches. A way that takes a field
         * again ({@code left.left}, as a method recursing down a tree makes) stops before it, as one
         * reaching any object from there on, so that recursion settles.
         */
        Way then(List<String> further) {
            List<String> all = Stream.concat(fields.stream(), further.stream()).toList();
            int again = IntStream.range(0, all.size()).filter(k -> all.subList(0, k).contains(all.get(k)))
                    .findFirst().orElse(-1);
            return again < 0 ? new Way(base, all, fromRoot) : new Way(base, all.subList(0, again), false);
        }

        /** The same fields, taken from an object reached from the root some other way. */
        Way notFromRoot() {
            return new Way(base, fields, false);
        }
    }

    /**
     * How a method comes to make an access, and where.
     *
     * @param text the way down to the access: {@code calls `avg()` (Flock.java:12), which reads `o.speed` (Flock.java:4)}
     * @param at where in the method it is made: the access, or the call that makes it
     * @param fresh for a write, whether every write of the access sets the field to an object
     *     created there and then ({@code velocity = velocity.add(acceleration)} where {@code add}
     *     returns a new vector), so that no other object holds what it sets
     */
    public record Trail(String text, Tree at, boolean fresh) {
        /** The same access, made through a call at {@code call}, which {@code via} tells. */
        Trail through(String via, Tree call) {
            return new Trail(via + text, call, fresh);
        }

        /** The access made both ways: told as the one that may set a shared object, where one may. */
        Trail and(Trail other) {
            return fresh && !other.fresh ? other : this;
        }
    }
}
