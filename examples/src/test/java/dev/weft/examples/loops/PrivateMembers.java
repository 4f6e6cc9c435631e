package dev.weft.examples.loops;

import dev.weft.ParallelFor;
import java.io.IOException;
import java.util.List;

/**
 * Loops that use private fields, methods and constructors of their class and of its nested
 * classes, as real code does. Their twins are compared with them in {@link PrivateMemberEquivalenceTest}.
 */
class PrivateMembers {
    private static final double[] WEIGHTS = {0.5, 2.0};
    private static int calls;
    private final int factor;
    private int lastLength;
    private int[] samples = new int[0];

    PrivateMembers(int factor) {
        this.factor = factor;
    }

    private static double f(double x) {
        return x * x;
    }

    private static long twice(long v) {
        return 2 * v;
    }

    private static int twice(int v) {
        return 2 * v + 1;
    }

    private int scaled(int v) throws IOException {
        if (v == Integer.MIN_VALUE) {
            throw new IOException("cannot scale " + v);
        }
        return v * factor;
    }

    static final class Node {
        private final int weight;

        private Node(int weight) {
            this.weight = weight;
        }

        private int heavier(int by) {
            return weight + by;
        }
    }

    /** A private static array and a private static method: issue 15's fifth form. */
    static double weighted(double[] x) {
        double s = 0;
        for (@ParallelFor int i = 0; i < x.length; i++) {
            s += WEIGHTS[i % 2] * f(x[i]);
        }
        calls++;
        return s;
    }

    /** Overloads told apart by the argument's type, as the original's call tells them apart. */
    static long[] overloads(int[] in) {
        long[] out = new long[in.length];
        for (@ParallelFor int i = 0; i < in.length; i++) {
            out[i] = twice(in[i]) + twice((long) in[i]);
        }
        return out;
    }

    /** A private instance method that may throw, private fields through this and through another object, fields set after the loop. */
    int[] scaledAll(int[] in, PrivateMembers other) throws IOException {
        int[] out = new int[in.length];
        for (@ParallelFor int i = 0; i < in.length; i++) {
            out[i] = scaled(in[i]) + other.factor + this.factor;
        }
        lastLength = out.length;
        lastLength *= 2;
        other.lastLength += 1;
        return out;
    }

    int lastLength() {
        return lastLength;
    }

    /** A private constructor, field and method of a nested class, in a lambda too. */
    static int[] nodes(int[] in, List<Node> shared) {
        int[] out = new int[in.length];
        for (@ParallelFor int i = 0; i < in.length; i++) {
            Node node = new Node(in[i]);
            int[] sum = {node.weight};
            shared.forEach(other -> sum[0] += other.weight);
            out[i] = sum[0] + node.heavier(i);
        }
        return out;
    }

    static List<Node> someNodes() {
        return List.of(new Node(3), new Node(4));
    }

    PrivateMembers sampling(int[] samples) {
        this.samples = samples;
        return this;
    }

    private int sample(int k) {
        return samples[k];
    }

    /** A private array field read through a private method: the twin checks it against the array written. */
    void shiftSamplesInto(int[] into) {
        for (@ParallelFor int i = 0; i < into.length - 1; i++) {
            into[i] = sample(i + 1) * 2;
        }
    }
}
