package dev.weft.internal;

/** Rethrowing a task's own exception, checked or not, without wrapping it. */
public final class Exceptions {
    private Exceptions() {}

    /**
     * Throws {@code t} as it is. Generated methods declare the checked exceptions of the user's
     * method, so a checked exception thrown by a task reaches the caller under its own type, exactly
     * as if the user's method had been called directly; wrapping it would change what a
     * {@code catch} clause in the caller sees.
     *
     * @return never; declared so that callers can write {@code throw Exceptions.rethrow(t)}
     */
    public static RuntimeException rethrow(Throwable t) {
        throw Exceptions.<RuntimeException>sneaky(t);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T sneaky(Throwable t) throws T {
        throw (T) t;
    }
}
