package geometry;

import dev.weft.Parallelizable;
import dev.weft.Workload;
import java.io.File;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.util.List;

public class Shapes implements Serializable {
    private static final long serialVersionUID = 1L;

    private final double scale;

    public Shapes(double scale) {
        this.scale = scale;
    }

    @Parallelizable(workload = Workload.CPU, memoryPerTask = "64m")
    public static long area(int width, int height) {
        return (long) width * height;
    }

    @Parallelizable
    double scaled(double length) {
        return length * scale;
    }

    @Parallelizable(workload = Workload.IO)
    public static void render(String shape, Appendable out) throws IOException {
        synchronized (out) {
            out.append(shape).append('\n');
        }
    }

    @Parallelizable(workload = Workload.IO)
    @SuppressWarnings("weft:unseen-call") // deleting files is what it is for; each call deletes its own
    static void delete(File sketch) throws IOException {
        Files.delete(sketch.toPath());
    }

    @Parallelizable
    static <T extends Comparable<? super T>> T largest(List<T> candidates, T floor) throws InterruptedException {
        T best = floor;
        for (T candidate : candidates) {
            if (candidate.compareTo(best) > 0) {
                best = candidate;
            }
        }
        return best;
    }

    @Parallelizable
    static String label(String name, String... tags) {
        return name + String.join(",", tags);
    }
}
