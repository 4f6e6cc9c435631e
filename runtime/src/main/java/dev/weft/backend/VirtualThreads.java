package dev.weft.backend;

import java.lang.reflect.Method;
import java.util.Optional;
import java.util.concurrent.ThreadFactory;

/**
 * Virtual threads, where the running JDK has them (21 and later). Weft is compiled for Java 17, so
 * it reaches {@code Thread.ofVirtual()} by reflection, once; on 17, or on a JDK where they are a
 * preview feature not enabled, there is no factory.
 */
public final class VirtualThreads {
    private static final Optional<ThreadFactory> FACTORY = detect();

    private VirtualThreads() {}

    /** Whether this JVM can start virtual threads. */
    public static boolean available() {
        return FACTORY.isPresent();
    }

    /** A factory of virtual threads named {@code weft-async-N}, when this JVM has them. */
    static Optional<ThreadFactory> factory() {
        return FACTORY;
    }

    private static Optional<ThreadFactory> detect() {
        try {
            Object builder = Thread.class.getMethod("ofVirtual").invoke(null);
            Class<?> builderType = Class.forName("java.lang.Thread$Builder");
            Method name = builderType.getMethod("name", String.class, long.class);
            Object named = name.invoke(builder, "weft-async-", 1L);
            return Optional.of((ThreadFactory) builderType.getMethod("factory").invoke(named));
        } catch (ReflectiveOperationException | RuntimeException notOnThisJdk) {
            return Optional.empty();
        }
    }
}
