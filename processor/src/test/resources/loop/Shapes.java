package loop;

import dev.weft.ParallelFor;
import dev.weft.Schedule;
import java.io.IOException;
import java.util.Collection;
import java.util.List;

public class Shapes {
    static final int OFFSET = 1;
    int scale;

    static class Cell {
        int value;
    }

    public static double dot(double[] a, double[] b) {
        double sum = 0;
        for (@ParallelFor int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    void scaled(int[] out, int n) {
        for (@ParallelFor(schedule = Schedule.DYNAMIC, chunk = 16) int i = n; i > 0; i -= 2) {
            out[i] = scale * i + OFFSET;
        }
    }

    static int[] histogram(List<Integer> values, int buckets) {
        int[] hist = new int[buckets];
        int best = 0;
        for (@ParallelFor int v : values) {
            hist[v % buckets]++;
            best = Math.max(best, v);
        }
        hist[0] = best;
        return hist;
    }

    /** Integer reductions only, which fold exactly however the iterations are grouped: in stretches. */
    static long tally(int[] values, int[] hist) {
        long total = 0;
        for (@ParallelFor int i = 0; i < values.length; i++) {
            hist[values[i] & 7] += 2;
            total += values[i];
        }
        return total;
    }

    static <T> long count(Collection<T> items, T wanted) throws IOException {
        long count = 0;
        for (@ParallelFor T item : items) {
            if (item == null) {
                throw new IOException("null item");
            }
            if (item.equals(wanted)) {
                count++;
            }
        }
        return count;
    }

    static void cells(Cell[] cells, long n) {
        rows:
        for (@ParallelFor long i = 0; i <= n; i++) {
            for (Cell cell : cells) {
                if (cell == null) {
                    continue rows;
                }
            }
            Cell made = new Cell();
            made.value = (int) i;
        }
    }

    static double smallest(double[] values) {
        double least = Double.MAX_VALUE;
        for (@ParallelFor var v : values) {
            least = Math.min(least, v);
        }
        return least;
    }

    static void grids(double[] image, double[][] rows, int width) {
        for (@ParallelFor int y = rows.length - 1; y >= 0; --y) {
            for (int x = 0; x < width; x++) {
                image[y * width + x] = rows[y][x];
                rows[y][x] = 0;
            }
        }
    }

    static double weights(java.util.Map<String, Double> byName, Cell[] cells) {
        var total = 0.0;
        for (@ParallelFor var weight : byName.values()) {
            total += weight;
        }
        for (@ParallelFor int i = 0; i < cells.length; i++) {
            Cell cell = cells[i];
            cell.value += i;
        }
        return total;
    }
}
