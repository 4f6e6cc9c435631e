package dev.weft.process;

import dev.weft.WorkerDiedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * The pool of worker JVMs behind the {@code processes} backend: started when a call first needs
 * them, reused by the calls after it, ended after {@value #IDLE_SECONDS} idle seconds and when this
 * JVM exits. Workers differ only by their heap size, so an idle worker with the right heap serves
 * any task. A worker that died, or was killed to cancel its task, is dropped and a new one started
 * for the next task.
 */
public final class WorkerProcesses {
    static final long IDLE_SECONDS = 60;
    private static final long IDLE_NANOS = IDLE_SECONDS * 1_000_000_000L;

    private static final Deque<Idle> IDLE = new ArrayDeque<>();
    private static final Set<WorkerProcess> ALL = ConcurrentHashMap.newKeySet();
    private static final AtomicInteger NEXT_ID = new AtomicInteger(1);
    /** Guarded by {@code IDLE}: whether a thread is ending idle workers; it stops when none is left. */
    private static boolean reaping;

    static {
        Thread killAll = new Thread(() -> ALL.forEach(WorkerProcess::kill), "weft-process-shutdown");
        Runtime.getRuntime().addShutdownHook(killAll);
    }

    private WorkerProcesses() {}

    private record Idle(WorkerProcess worker, long heapBytes) {}

    /** Where the calls of a batch end up, in input order. */
    public interface Sink {
        /** The call at {@code index} returned {@code result}. */
        void returned(int index, Object result);

        /** The worker died while it ran the call at {@code index}. */
        void died(int index, WorkerDiedException death);
    }

    /**
     * Runs {@code task} on {@code inputs[from]} to {@code inputs[to - 1]}, sent to a worker with
     * {@code heapBytes} of heap ({@code 0}: the JVM's default) as one batch, and hands each
     * outcome to {@code sink} as it comes. A worker that dies fails only the call it was running:
     * the calls after it go to a new worker. Returns when every call has returned or died.
     *
     * @param timeout how long one call may run; {@link Duration#ZERO} for no limit
     * @param describe says which task an index is, for messages
     * @throws TimeoutException when a call ran longer than {@code timeout}; its worker was killed
     * @throws InterruptedException when the calling thread was interrupted; its worker was killed
     * @throws Exception what a call threw; the calls after it in the batch did not run
     */
    public static void call(long heapBytes, Duration timeout, Object task, Object[] inputs, int from, int to,
            IntFunction<String> describe, Sink sink) throws Exception {
        int[] next = {from};
        while (next[0] < to) {
            WorkerProcess worker = lease(heapBytes);
            boolean reusable = false;
            try {
                worker.call(task, Arrays.copyOfRange(inputs, next[0], to), timeout, () -> describe.apply(next[0]), result -> {
                    sink.returned(next[0], result);
                    next[0]++;
                });
                reusable = true;
            } catch (WorkerDiedException death) {
                sink.died(next[0], death);
                next[0]++;
            } catch (InterruptedException | TimeoutException workerGone) {
                throw workerGone;
            } catch (Exception taskFailed) {
                reusable = true; // the task threw in a healthy worker
                throw taskFailed;
            } finally {
                release(worker, heapBytes, reusable);
            }
        }
    }

    private static WorkerProcess lease(long heapBytes) {
        synchronized (IDLE) {
            endIdleWorkers();
            for (Iterator<Idle> it = IDLE.iterator(); it.hasNext(); ) {
                Idle idle = it.next();
                if (idle.heapBytes() == heapBytes) {
                    it.remove();
                    return idle.worker();
                }
            }
        }
        try {
            WorkerProcess started = WorkerProcess.start(heapBytes, "weft-process-" + NEXT_ID.getAndIncrement());
            ALL.add(started);
            return started;
        } catch (IOException cannotStart) {
            throw new UncheckedIOException("Weft could not start a worker process", cannotStart);
        }
    }

    private static void release(WorkerProcess worker, long heapBytes, boolean reusable) {
        if (!reusable || !worker.alive()) {
            worker.kill();
            ALL.remove(worker);
            return;
        }
        synchronized (IDLE) {
            IDLE.addFirst(new Idle(worker, heapBytes));
            if (!reaping) {
                reaping = true;
                Thread reaper = new Thread(WorkerProcesses::reap, "weft-process-reaper");
                reaper.setDaemon(true);
                reaper.start();
            }
        }
    }

    private static void reap() {
        try {
            while (true) {
                Thread.sleep(IDLE_SECONDS * 1000 / 4);
                synchronized (IDLE) {
                    endIdleWorkers();
                    if (IDLE.isEmpty()) {
                        reaping = false;
                        return;
                    }
                }
            }
        } catch (InterruptedException stopped) {
            synchronized (IDLE) {
                reaping = false;
            }
        }
    }

    /** Called with the lock held. */
    private static void endIdleWorkers() {
        long now = System.nanoTime();
        IDLE.removeIf(idle -> {
            boolean expired = now - idle.worker().idleSince() > IDLE_NANOS || !idle.worker().alive();
            if (expired) {
                idle.worker().kill();
                ALL.remove(idle.worker());
            }
            return expired;
        });
    }
}
