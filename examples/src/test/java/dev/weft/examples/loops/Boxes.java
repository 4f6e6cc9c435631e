package dev.weft.examples.loops;

import dev.weft.ParallelFor;

/** A generic class: its twins take the class's type variable and reach its fields through the receiver. */
class Boxes<T> {
    final T[] items;

    Boxes(T[] items) {
        this.items = items;
    }

    int countPresent() {
        int count = 0;
        for (@ParallelFor T item : items) {
            if (item != null) {
                count++;
            }
        }
        return count;
    }

    void clearFrom(int start) {
        for (@ParallelFor int i = start; i < this.items.length; i++) {
            this.items[i] = null;
        }
    }

    static long[][] table(int n) {
        long[][] cells = new long[n][n];
        for (@ParallelFor int i = 0; i < n; i++) {
            for (@ParallelFor int j = 0; j < n; j++) {
                cells[i][j] = (long) i * n + j;
            }
        }
        return cells;
    }
}
