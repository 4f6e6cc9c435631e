package dev.weft.examples.loops;

import dev.weft.ParallelFor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Loops that sort, search and queue objects by comparators written in the body, as nearest-neighbour
 * code does, while they set fields of their elements the comparators do not read. Their twins are
 * compared with them in {@link ComparatorLoopEquivalenceTest}.
 */
final class ComparatorLoops {
    private ComparatorLoops() {}

    /** A point to classify, or a labelled one to classify by. */
    static final class Point {
        final double x;
        final double y;
        final int label;
        int predicted = -1;

        Point(double x, double y, int label) {
            this.x = x;
            this.y = y;
            this.label = label;
        }
    }

    /** A candidate neighbour: its index among the labelled points, and its squared distance. */
    record Neighbor(int index, double distance) {}

    /** The majority label of the {@code k} nearest labelled points, kept in a bounded queue farthest first. */
    static void classify(Point[] queries, Point[] labelled, int k) {
        for (@ParallelFor int q = 0; q < queries.length; q++) {
            PriorityQueue<Neighbor> nearest = new PriorityQueue<>(k + 1, (a, b) -> Double.compare(b.distance(), a.distance()));
            for (int t = 0; t < labelled.length; t++) {
                double dx = queries[q].x - labelled[t].x;
                double dy = queries[q].y - labelled[t].y;
                nearest.add(new Neighbor(t, dx * dx + dy * dy));
                if (nearest.size() > k) {
                    nearest.poll();
                }
            }
            int[] votes = new int[4];
            for (Neighbor neighbor : nearest) {
                votes[labelled[neighbor.index()].label]++;
            }
            int best = 0;
            for (int c = 1; c < votes.length; c++) {
                if (votes[c] > votes[best]) {
                    best = c;
                }
            }
            queries[q].predicted = best;
        }
    }

    /** Orders points by their distance to an origin, farthest first, as a comparator class of its own. */
    static final class FarthestFrom implements Comparator<Point> {
        private final Point origin;

        FarthestFrom(Point origin) {
            this.origin = origin;
        }

        @Override
        public int compare(Point a, Point b) {
            return Double.compare(squaredDistance(b, origin), squaredDistance(a, origin));
        }
    }

    static double squaredDistance(Point a, Point b) {
        return (a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y);
    }

    /**
     * {@link #classify} as older code writes it: a queue of points ordered by a comparator class, and
     * the votes counted in a map sorted by an anonymous comparator.
     */
    static void classifyByComparatorObjects(Point[] queries, Point[] labelled, int k) {
        for (@ParallelFor int q = 0; q < queries.length; q++) {
            PriorityQueue<Point> nearest = new PriorityQueue<>(new FarthestFrom(queries[q]));
            for (Point point : labelled) {
                nearest.add(point);
                if (nearest.size() > k) {
                    nearest.poll();
                }
            }
            int[] votes = new int[4];
            for (Point point : nearest) {
                votes[point.label]++;
            }
            List<Integer> labels = new ArrayList<>(List.of(0, 1, 2, 3));
            labels.sort(new Comparator<Integer>() {
                @Override
                public int compare(Integer a, Integer b) {
                    return votes[a] != votes[b] ? Integer.compare(votes[b], votes[a]) : Integer.compare(a, b);
                }
            });
            queries[q].predicted = labels.get(0);
        }
    }

    /** The label of the nearest of {@code labelled}, which may hold the queries themselves, found by {@code Collections.min}. */
    static void nearestLabel(Point[] queries, List<Point> labelled) {
        for (@ParallelFor int q = 0; q < queries.length; q++) {
            Point query = queries[q];
            Point nearest = Collections.min(labelled, Comparator.comparingDouble(
                    (Point p) -> (p.x - query.x) * (p.x - query.x) + (p.y - query.y) * (p.y - query.y))
                    .thenComparingInt(p -> p.label));
            query.predicted = nearest.label;
        }
    }

    /** Each row's values sorted largest first, and their median, through a list sorted by a comparator. */
    static double[] descendingMedians(Integer[][] rows) {
        double[] medians = new double[rows.length];
        for (@ParallelFor int r = 0; r < rows.length; r++) {
            Arrays.sort(rows[r], (a, b) -> Integer.compare(b, a));
            List<Integer> values = new ArrayList<>(Arrays.asList(rows[r]));
            values.sort(Comparator.comparingInt((Integer v) -> Math.abs(v)).reversed());
            medians[r] = values.isEmpty() ? 0 : values.get(values.size() / 2);
        }
        return medians;
    }
}
