package dev.weft.hazelcast;

import java.io.Serial;

/**
 * A fan-out on a cluster could not finish because members were lost: the tasks a lost member had
 * not finished were sent to the others {@code weft.hazelcast.retries} times already, or no member
 * is left. The message names the tasks and the member; the cause is how the member was lost.
 */
public final class MemberLostException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    MemberLostException(String message, Throwable cause) {
        super(message, cause);
    }
}
