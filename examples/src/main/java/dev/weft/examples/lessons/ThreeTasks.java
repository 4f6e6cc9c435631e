package dev.weft.examples.lessons;

import dev.weft.Parallelizable;
import dev.weft.Weft;
import dev.weft.Workload;
import dev.weft.examples.Comparison;
import dev.weft.examples.Comparison.Variant;
import dev.weft.examples.Scoped;
import dev.weft.Backend;
import java.util.ArrayList;
import java.util.List;

/**
 * The first lesson of parallel processing: three tasks that each wait two seconds. One after the
 * other they take six; on threads, on worker processes or as async tasks, all three wait at once
 * and take two.
 */
public final class ThreeTasks {
    private static final List<Integer> NAMES = List.of(0, 1, 2);

    private ThreeTasks() {}

    @Parallelizable(workload = Workload.IO)
    @SuppressWarnings("weft:unseen-call") // the lines printed are the point: they show the tasks overlap
    static String task(int name) throws InterruptedException {
        System.out.println("    task " + name + " started");
        Thread.sleep(2000);
        System.out.println("    task " + name + " finished");
        return "task " + name;
    }

    public static Comparison<List<String>> example() {
        return new Comparison<>("three tasks sleeping 2 s", 0, ThreeTasks::sequential, Comparison.equal(),
                List.of(on(Backend.THREADS), on(Backend.PROCESSES), on(Backend.ASYNC)));
    }

    private static Variant<List<String>> on(Backend backend) {
        // As the classic lesson starts one thread, process or coroutine per task: three workers.
        return new Variant<>(backend.key(),
                Scoped.call(Weft.configure().backend(backend).parallelism(NAMES.size()),
                        () -> ThreeTasksParallel.taskAll(NAMES)),
                false);
    }

    private static List<String> sequential() throws InterruptedException {
        List<String> results = new ArrayList<>();
        for (int name : NAMES) {
            results.add(task(name));
        }
        return results;
    }
}
