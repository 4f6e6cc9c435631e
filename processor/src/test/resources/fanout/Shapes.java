package geometry;

import dev.weft.Parallelizable;
import dev.weft.Workload;
import java.io.IOException;
import java.util.List;

public class Shapes {
    private final double scale;

    public Shapes(double scale) {
        this.scale = scale;
    }

    @Parallelizable(workload = Workload.CPU)
    public static long area(int width, int height) {
        return (long) width * height;
    }

    @Parallelizable
    double scaled(double length) {
        return length * scale;
    }

    @Parallelizable(workload = Workload.IO, memoryPerTask = "64m")
    public static void render(String shape, Appendable out) throws IOException {
        out.append(shape).append('\n');
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
