package dev.weft.internal;

/**
 * A clock by which loops know when to time themselves again. A short loop's twin must not ask on
 * every run whether its timing is still current: reading {@link System#nanoTime} there would cost
 * more than the loop, and counting runs in a shared field would cost a store on every run, and a
 * contended cache line when several threads run one loop. Instead each tick sets every learnt
 * threshold back ({@link LoopSpec#expireAll}), and the runtime compares a timing's tick with this
 * clock's, which costs one field read.
 *
 * <p>One daemon thread, {@code weft-loop-clock}, advances it once a {@link #TICK_MILLIS}; it sleeps
 * in between and ends if it is ever interrupted, after which loops keep what they last learnt.
 */
final class LoopClock {
    static final long TICK_MILLIS = 1_000;

    /** Written by the clock's thread alone, which is what makes {@code ++} on it safe. */
    private static volatile int ticks;

    static {
        Thread clock = new Thread(LoopClock::run, "weft-loop-clock");
        clock.setDaemon(true);
        clock.start();
    }

    private LoopClock() {}

    /** The ticks so far: a timing taken at another tick than the current one is due again. */
    static int ticks() {
        return ticks;
    }

    /**
     * Advances the clock by one tick. Thresholds are set back first, so that a timing taken
     * meanwhile is at worst counted as the tick before and taken again a tick later.
     */
    static void tick() {
        LoopSpec.expireAll();
        ticks++;
    }

    private static void run() {
        try {
            while (true) {
                Thread.sleep(TICK_MILLIS);
                tick();
            }
        } catch (InterruptedException e) {
            // Nobody holds this thread to interrupt it: it ends, and so does its interrupt.
        }
    }
}
