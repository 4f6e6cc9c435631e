package dev.weft.processor.analyze.effects;

/**
 * What a change made by a method reaches, seen from that method: something it created, its
 * receiver, what one of its parameters refers to, a static field, or an object Weft cannot follow.
 *
 * @param parameter the parameter's index, for {@link Kind#PARAMETER}
 * @param name the static field ({@code Counter.hits}), or why the object cannot be followed
 */
public record Root(Kind kind, int parameter, String name) {
    /** Where a changed object comes from. */
    public enum Kind { FRESH, RECEIVER, PARAMETER, STATIC, UNKNOWN }

    static final Root FRESH = new Root(Kind.FRESH, -1, "");
    static final Root RECEIVER = new Root(Kind.RECEIVER, -1, "");

    static Root parameter(int index) {
        return new Root(Kind.PARAMETER, index, "");
    }

    static Root staticField(String name) {
        return new Root(Kind.STATIC, -1, name);
    }

    static Root unknown(String why) {
        return new Root(Kind.UNKNOWN, -1, why);
    }
}
