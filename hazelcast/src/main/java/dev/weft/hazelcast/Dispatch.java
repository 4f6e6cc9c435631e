package dev.weft.hazelcast;

import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MembershipAdapter;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.IExecutorService;
import com.hazelcast.core.MemberLeftException;
import com.hazelcast.spi.exception.TargetDisconnectedException;
import com.hazelcast.spi.exception.TargetNotMemberException;
import dev.weft.internal.ClusterWork;
import dev.weft.internal.Exceptions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One fan-out on a cluster, coordinated by the calling thread. It keeps two batches in flight for
 * each core of each member, one running and one waiting, so that a core does not idle for a round
 * trip between batches, and reacts to one event at a time: a batch's reply, its failure, a member
 * leaving. All its state is the calling thread's; Hazelcast's threads only queue events.
 *
 * <p>Batches start at one task and double while a batch comes back within
 * {@value #BATCH_TARGET_MILLIS} ms, up to a quarter of an even share of all the tasks, as the
 * threads backend grows its claims: many short tasks do not pay one round trip each, and long
 * ones are still spread over every core.
 *
 * <p>A task's exception cancels the batches in flight and is thrown. A member that leaves, or is
 * killed, has its unfinished batches sent to the others, each batch at most
 * {@code weft.hazelcast.retries} times; then, or when no member is left, the call fails with a
 * {@link MemberLostException} naming the tasks and the member.
 */
final class Dispatch {
    private static final long BATCH_TARGET_MILLIS = 20;
    private static final long BATCH_TARGET_NANOS = TimeUnit.MILLISECONDS.toNanos(BATCH_TARGET_MILLIS);
    private static final int IN_FLIGHT_PER_CORE = 2;
    /**
     * How long a call waits, when every member is taken for lost, before it looks again at the
     * members the cluster lists: a client that loses its connection to one member may, while it
     * reconnects, fail batches on the others or report them gone, though they still run.
     */
    private static final long GRACE_NANOS = TimeUnit.SECONDS.toNanos(3);

    private final HazelcastInstance hazelcast;
    private final IExecutorService executor;
    private final ClusterWork work;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    /** Batches of lost members, to be sent again before new ones. */
    private final Deque<Batch> resend = new ArrayDeque<>();
    private final List<Sent> inFlight = new ArrayList<>();
    private final Map<UUID, Integer> busy = new HashMap<>();
    private final Set<UUID> lost = new HashSet<>();
    private int next;
    private int finished;
    private int batchSize = 1;
    /** Set at the first batch, from the cores of the members then. */
    private int maxBatch;
    private String lastLost;

    Dispatch(HazelcastInstance hazelcast, ClusterWork work) {
        this.hazelcast = hazelcast;
        this.executor = hazelcast.getExecutorService(WeftHazelcast.EXECUTOR);
        this.work = work;
    }

    /** Tasks {@code from} to {@code to}, and how many times they were sent before. */
    private record Batch(int from, int to, int attempt) {
        int size() {
            return to - from;
        }
    }

    /**
     * A batch on its way. {@code tasksBefore}: the tasks sent to its member before it and not yet
     * back, per core, which it may wait for there; they count towards its timeout.
     */
    private record Sent(Batch batch, Member member, Future<byte[]> reply, long sentAt, int tasksBefore) {}

    private sealed interface Event permits Replied, Failed, Left {}

    private record Replied(Sent sent, byte[] reply) implements Event {}

    private record Failed(Sent sent, Throwable failure) implements Event {}

    private record Left(Member member) implements Event {}

    void run() throws Exception {
        UUID listener = hazelcast.getCluster().addMembershipListener(new MembershipAdapter() {
            @Override
            public void memberRemoved(MembershipEvent event) {
                events.add(new Left(event.getMember()));
            }
        });
        try {
            while (finished < work.count()) {
                send();
                handle(await());
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            CancellationException cancelled = new CancellationException(
                    "Interrupted while running parallel work; the remaining work was cancelled");
            cancelled.initCause(interrupted);
            throw cancelled;
        } finally {
            // A task's exception, a timeout, an interrupt: what still runs on the members is not wanted.
            inFlight.forEach(Dispatch::cancel);
            hazelcast.getCluster().removeMembershipListener(listener);
        }
    }

    /** Fills every member's free cores with batches, a batch to each member in turn. */
    private void send() throws Exception {
        List<Member> members = listed().stream().filter(member -> !lost.contains(member.getUuid())).toList();
        boolean unsent = !resend.isEmpty() || next < work.count();
        if (members.isEmpty() && unsent && inFlight.isEmpty()) {
            members = listedAfterGrace();
        }
        if (members.isEmpty() && unsent && inFlight.isEmpty()) {
            Batch first = resend.isEmpty() ? new Batch(next, work.count(), 0) : resend.peek();
            throw new MemberLostException("Weft: no member of the cluster is left to run " + work.describe(first.from(),
                    first.to()) + (lastLost == null ? "" : "; the last one lost was " + lastLost), null);
        }
        if (maxBatch == 0) {
            maxBatch = Math.max(1, work.count() / (members.stream().mapToInt(HazelcastBackend::cores).sum() * 4));
        }
        boolean sentOne = true;
        while (sentOne) {
            sentOne = false;
            for (Member member : members) {
                if (busy.getOrDefault(member.getUuid(), 0) < IN_FLIGHT_PER_CORE * HazelcastBackend.cores(member)) {
                    Batch batch = take();
                    if (batch == null) {
                        return;
                    }
                    submit(member, batch);
                    sentOne = true;
                }
            }
        }
    }

    private List<Member> listed() {
        return hazelcast.getCluster().getMembers().stream().filter(member -> !member.isLiteMember()).toList();
    }

    /**
     * The members the cluster lists once {@link #GRACE_NANOS} has passed, taken back from the
     * lost: the events meanwhile are handled. A batch sent to one that was lost after all fails
     * again and counts as sent again, within the retries.
     */
    private List<Member> listedAfterGrace() throws Exception {
        long deadline = System.nanoTime() + GRACE_NANOS;
        for (long left; (left = deadline - System.nanoTime()) > 0; ) {
            Event event = events.poll(left, TimeUnit.NANOSECONDS);
            if (event != null) {
                handle(event);
            }
        }
        List<Member> listed = listed();
        listed.forEach(member -> lost.remove(member.getUuid()));
        return listed;
    }

    /** The next batch: one of a lost member first, then new tasks; {@code null} when none is left. */
    private Batch take() {
        if (!resend.isEmpty()) {
            return resend.poll();
        }
        if (next >= work.count()) {
            return null;
        }
        int size = Math.min(Math.min(batchSize, maxBatch), work.count() - next);
        Batch batch = new Batch(next, next + size, 0);
        next += size;
        return batch;
    }

    private void submit(Member member, Batch batch) {
        Future<byte[]> reply;
        try {
            reply = executor.submitToMember(new BatchCall(work.request(batch.from(), batch.to())), member);
        } catch (Exception cannotSend) {
            CompletableFuture<byte[]> failed = new CompletableFuture<>();
            failed.completeExceptionally(cannotSend);
            reply = failed;
        }
        int queued = inFlight.stream().filter(other -> other.member().getUuid().equals(member.getUuid()))
                .mapToInt(other -> other.batch().size()).sum();
        int cores = HazelcastBackend.cores(member);
        Sent sent = new Sent(batch, member, reply, System.nanoTime(), (queued + cores - 1) / cores);
        inFlight.add(sent);
        busy.merge(member.getUuid(), 1, Integer::sum);
        // Hazelcast's futures are CompletableFutures: their callbacks only queue an event.
        ((CompletableFuture<byte[]>) reply).whenComplete((bytes, failure) ->
                events.add(failure == null ? new Replied(sent, bytes) : new Failed(sent, failure)));
    }

    /**
     * The next event; fails the call when a batch has been out longer than the timeout allows its
     * tasks and those it may have waited for on its member.
     */
    private Event await() throws InterruptedException, TimeoutException {
        long timeout = work.options().timeout().toNanos();
        if (timeout == 0) {
            return events.take();
        }
        while (true) {
            long now = System.nanoTime();
            Sent oldest = null;
            long wait = Long.MAX_VALUE;
            for (Sent sent : inFlight) {
                long left = sent.sentAt() + timeout * (sent.batch().size() + sent.tasksBefore()) - now;
                if (left < wait) {
                    wait = left;
                    oldest = sent;
                }
            }
            if (oldest != null && wait <= 0) {
                throw new TimeoutException("Weft: " + work.describe(oldest.batch().from(), oldest.batch().to())
                        + " ran longer than weft.processes.timeout=" + work.options().timeout().toMillis() + "ms"
                        + (oldest.batch().size() > 1 ? " per task" : "") + " on member " + HazelcastBackend.address(oldest.member())
                        + "; the tasks still running were cancelled");
            }
            Event event = oldest == null ? events.take() : events.poll(wait, TimeUnit.NANOSECONDS);
            if (event != null) {
                return event;
            }
        }
    }

    private void handle(Event event) throws Exception {
        if (event instanceof Replied replied) {
            if (inFlight.remove(replied.sent())) {
                done(replied.sent());
                Batch batch = replied.sent().batch();
                work.accept(batch.from(), replied.reply());
                finished += batch.size();
                if (System.nanoTime() - replied.sent().sentAt() < BATCH_TARGET_NANOS && batchSize < maxBatch) {
                    batchSize *= 2;
                }
            }
        } else if (event instanceof Failed failed) {
            if (inFlight.remove(failed.sent())) {
                done(failed.sent());
                Throwable cause = unwrap(failed.failure());
                Member member = failed.sent().member();
                if (!isLoss(cause, member)) {
                    throw Exceptions.rethrow(cause);
                }
                memberLost(member, cause, failed.sent().batch());
            }
        } else if (event instanceof Left left && !lost.contains(left.member().getUuid())) {
            memberLost(left.member(), new MemberLeftException(left.member()), null);
        }
    }

    /**
     * Asks the member to stop the batch. Cancelling asks the member over the network: for a member
     * that is gone, it fails, and there is nothing left to stop.
     */
    private static void cancel(Sent sent) {
        try {
            sent.reply().cancel(true);
        } catch (RuntimeException memberGone) {
            // the batch ended with its member
        }
    }

    private void done(Sent sent) {
        busy.merge(sent.member().getUuid(), -1, Integer::sum);
    }

    /**
     * The member's unfinished batches go back to be sent to the others; a batch that was sent as
     * many times as the retries allow fails the call instead.
     */
    private void memberLost(Member member, Throwable cause, Batch failed) {
        lost.add(member.getUuid());
        lastLost = HazelcastBackend.address(member);
        List<Batch> unfinished = new ArrayList<>();
        if (failed != null) {
            unfinished.add(failed);
        }
        inFlight.removeIf(sent -> {
            if (sent.member().getUuid().equals(member.getUuid())) {
                unfinished.add(sent.batch());
                cancel(sent);
                return true;
            }
            return false;
        });
        busy.remove(member.getUuid());
        int retries = work.options().retries();
        for (Batch batch : unfinished) {
            if (batch.attempt() >= retries) {
                throw new MemberLostException("Weft: member " + lastLost + " was lost while it ran "
                        + work.describe(batch.from(), batch.to()) + (batch.attempt() == 0 ? "" : ", which had been sent again "
                        + batch.attempt() + (batch.attempt() == 1 ? " time" : " times") + " after other members were lost")
                        + "; weft.hazelcast.retries=" + retries + " allows no more", cause);
            }
            resend.add(new Batch(batch.from(), batch.to(), batch.attempt() + 1));
        }
    }

    /** A failure that says the member is gone, rather than that Weft could not run the batch there. */
    private boolean isLoss(Throwable cause, Member member) {
        return cause instanceof MemberLeftException || cause instanceof TargetNotMemberException
                || cause instanceof TargetDisconnectedException
                || !hazelcast.getCluster().getMembers().contains(member);
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof ExecutionException || cause instanceof CompletionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
