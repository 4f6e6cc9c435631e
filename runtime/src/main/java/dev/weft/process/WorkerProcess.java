package dev.weft.process;

import dev.weft.internal.Exceptions;
import dev.weft.plan.Settings;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One worker JVM, running {@link WorkerMain}, and one call at a time to it. A daemon thread reads
 * its replies, so that a caller waiting for one can be interrupted; an interrupted call kills the
 * worker, because its task cannot be stopped any other way.
 */
final class WorkerProcess {
    private static final long EXIT_WAIT_MILLIS = 5_000;
    /** Below this a JVM hardly starts, whatever one task needs. */
    private static final long MIN_HEAP_MIB = 32;

    private final Process process;
    private final DataOutputStream requests;
    private final DataInputStream replies;
    private final StderrTail stderr;
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private volatile CompletableFuture<Reply> pending;
    private volatile boolean ended;
    private volatile long idleSince = System.nanoTime();

    private WorkerProcess(Process process, String name) {
        this.process = process;
        this.requests = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
        this.replies = new DataInputStream(new BufferedInputStream(process.getInputStream()));
        this.stderr = new StderrTail(process.getErrorStream(), name + "-stderr");
        Thread reader = new Thread(this::readReplies, name + "-replies");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts a worker with this JVM's {@code java}, class path and the options {@link WorkerOptions}
     * passes on, and {@code heapBytes} of heap, rounded up to whole MiB ({@code 0}: the JVM's default).
     */
    static WorkerProcess start(long heapBytes, String name) throws IOException {
        List<String> command = WorkerOptions.javaCommand();
        if (heapBytes > 0) {
            long mebibytes = (heapBytes + (1 << 20) - 1) >> 20;
            command.add("-Xmx" + Math.max(MIN_HEAP_MIB, mebibytes) + "m");
        }
        // A heap exhausted by one task leaves the worker in doubt: it exits, and the task fails
        // as a worker death, with the JVM's own word on it in the worker's last lines.
        command.add("-XX:+ExitOnOutOfMemoryError");
        // The JVM's own messages go to standard output by default: that is the protocol stream here.
        command.add("-XX:+DisplayVMOutputToStderr");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(WorkerMain.class.getName());
        return new WorkerProcess(new ProcessBuilder(command).start(), name);
    }

    /**
     * Runs {@code task} on {@code input} in the worker and returns its result, or throws the
     * exception the task threw there.
     *
     * @param timeout how long the task may run; {@link Duration#ZERO} for no limit
     * @param describe says which task this is, for messages
     * @throws java.io.NotSerializableException when the task or its input cannot be sent; the
     *     worker is unaffected
     * @throws WorkerDiedException when the worker ended before it replied
     * @throws InterruptedException when the caller was interrupted; the worker has been killed
     * @throws TimeoutException when the task ran longer than {@code timeout}; the worker has been
     *     killed
     */
    Object call(Object task, Object input, Duration timeout, String describe) throws Exception {
        List<String> declared = DeclaredTypes.of(task, input);
        byte[] request = Frames.call(task, input);
        awaitReady(describe);
        CompletableFuture<Reply> reply = new CompletableFuture<>();
        pending = reply;
        if (ended) {
            throw died(describe);
        }
        try {
            Frames.writeRequest(requests, declared, request);
        } catch (IOException brokenPipe) {
            throw died(describe);
        }
        Reply answer;
        try {
            answer = timeout.isZero() ? reply.get() : reply.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException cancelled) {
            kill();
            throw cancelled;
        } catch (TimeoutException tooLong) {
            kill();
            throw new TimeoutException("Weft: " + describe + " ran longer than " + Settings.PROCESS_TIMEOUT + "="
                    + timeout.toMillis() + "ms; its worker process was killed");
        } catch (ExecutionException gone) {
            throw died(describe);
        }
        idleSince = System.nanoTime();
        ClassLoader loader = loader(task);
        Object value = Frames.deserialize(answer.body(), AllowList.of(declared, loader), loader);
        if (answer.status() == Frames.FAILURE) {
            throw Exceptions.rethrow((Throwable) value);
        }
        return value;
    }

    boolean alive() {
        return process.isAlive();
    }

    long idleSince() {
        return idleSince;
    }

    void kill() {
        process.destroyForcibly();
    }

    private void awaitReady(String describe) throws InterruptedException {
        try {
            ready.get();
        } catch (InterruptedException cancelled) {
            kill();
            throw cancelled;
        } catch (ExecutionException diedStarting) {
            throw died(describe);
        }
    }

    private void readReplies() {
        try {
            if (replies.readByte() != Frames.READY) {
                throw new IOException("the worker process did not start as a Weft worker");
            }
            ready.complete(null);
            while (true) {
                byte status = replies.readByte();
                pending.complete(new Reply(status, Frames.readFrame(replies)));
            }
        } catch (IOException workerGone) {
            ended = true;
            ready.completeExceptionally(workerGone);
            CompletableFuture<Reply> waiting = pending;
            if (waiting != null) {
                waiting.completeExceptionally(workerGone);
            }
        }
    }

    private WorkerDiedException died(String describe) throws InterruptedException {
        if (!process.waitFor(EXIT_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
            kill();
            process.waitFor();
        }
        return new WorkerDiedException("Weft: the worker process running " + describe + " died with exit code "
                + process.exitValue() + "; the last lines of its standard error:" + System.lineSeparator()
                + stderr.lastLines(EXIT_WAIT_MILLIS));
    }

    private record Reply(byte status, byte[] body) {}

    private static ClassLoader loader(Object task) {
        ClassLoader loader = task.getClass().getClassLoader();
        return loader != null ? loader : ClassLoader.getSystemClassLoader();
    }
}
