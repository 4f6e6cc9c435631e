package dev.weft;

/**
 * How one fan-out or loop runs.
 *
 * @param backend never {@link Backend#AUTO}: what was decided
 * @param workers how many run at once, the calling thread included
 * @param reason why, in a sentence a user can act on
 */
public record Decision(Backend backend, int workers, String reason) {
    /** Checks that the decision names a concrete backend and at least one worker. */
    public Decision {
        if (backend == Backend.AUTO) {
            throw new IllegalArgumentException("a decision names a concrete backend");
        }
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1: " + workers);
        }
    }

    @Override
    public String toString() {
        return backend.key() + " x " + workers + ": " + reason;
    }
}
