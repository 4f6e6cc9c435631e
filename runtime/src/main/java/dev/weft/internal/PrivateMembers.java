package dev.weft.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;

/**
 * Handles on the private fields, methods and constructors that a twin uses, as the original method
 * may. A companion holds each in a {@code static final} field, which HotSpot treats as a constant
 * and compiles to a direct access. The lookup is the companion's own: it shares the package and the
 * module of the class it reaches into, which lets it look inside.
 */
public final class PrivateMembers {
    private PrivateMembers() {}

    /** The instance field {@code name} of {@code owner}. */
    public static VarHandle field(MethodHandles.Lookup companion, Class<?> owner, String name, Class<?> type) {
        try {
            return MethodHandles.privateLookupIn(owner, companion).findVarHandle(owner, name, type);
        } catch (ReflectiveOperationException e) {
            throw stale(owner, "field " + name, e);
        }
    }

    /** The static field {@code name} of {@code owner}. */
    public static VarHandle staticField(MethodHandles.Lookup companion, Class<?> owner, String name, Class<?> type) {
        try {
            return MethodHandles.privateLookupIn(owner, companion).findStaticVarHandle(owner, name, type);
        } catch (ReflectiveOperationException e) {
            throw stale(owner, "field " + name, e);
        }
    }

    /** The instance method {@code name} of {@code owner}; the handle takes the receiver first. */
    public static MethodHandle method(MethodHandles.Lookup companion, Class<?> owner, String name, Class<?> returns,
            Class<?>... parameters) {
        try {
            return MethodHandles.privateLookupIn(owner, companion)
                    .findVirtual(owner, name, MethodType.methodType(returns, parameters));
        } catch (ReflectiveOperationException e) {
            throw stale(owner, "method " + name, e);
        }
    }

    /** The static method {@code name} of {@code owner}. */
    public static MethodHandle staticMethod(MethodHandles.Lookup companion, Class<?> owner, String name,
            Class<?> returns, Class<?>... parameters) {
        try {
            return MethodHandles.privateLookupIn(owner, companion)
                    .findStatic(owner, name, MethodType.methodType(returns, parameters));
        } catch (ReflectiveOperationException e) {
            throw stale(owner, "method " + name, e);
        }
    }

    /** A constructor of {@code owner}. */
    public static MethodHandle constructor(MethodHandles.Lookup companion, Class<?> owner, Class<?>... parameters) {
        try {
            return MethodHandles.privateLookupIn(owner, companion)
                    .findConstructor(owner, MethodType.methodType(void.class, parameters));
        } catch (ReflectiveOperationException e) {
            throw stale(owner, "constructor", e);
        }
    }

    /**
     * Throws {@code thrown}, whatever it is, without wrapping it: what a private method reached
     * through a handle throws, which the companion's method declares as the original does.
     *
     * @return never; {@code throw PrivateMembers.rethrown(e)} tells javac that the code after it is unreachable
     */
    public static RuntimeException rethrown(Throwable thrown) {
        throw PrivateMembers.<RuntimeException>unchecked(thrown);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T unchecked(Throwable thrown) throws T {
        throw (T) thrown;
    }

    private static IllegalStateException stale(Class<?> owner, String member, ReflectiveOperationException cause) {
        return new IllegalStateException("The Weft companion of " + owner.getName() + " uses its " + member
                + ", which the compiled class does not have as the companion expects: recompile them together", cause);
    }
}
