package dev.weft.internal;

/**
 * Attached as a suppressed exception to the exception an iteration threw, so that the stack trace
 * names the loop and the chunk it failed in. The iteration's own exception is what the caller
 * catches; this only tells where it came from.
 */
final class LoopFailure extends Exception {
    private static final long serialVersionUID = 1L;

    LoopFailure(String loop, long from, long to) {
        super("Weft: the chunk from " + from + " to " + to + " of the @ParallelFor loop at " + loop
                + " failed; the chunks not yet started were cancelled", null, false, false);
    }
}
