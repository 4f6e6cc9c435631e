package dev.weft.examples.loops;

import dev.weft.ParallelFor;

/**
 * A dense matrix kept as rows, written the way the classic Java matrix libraries write one: each
 * operation builds its result with a constructor, takes the result's rows with {@link #getArray()}
 * and fills them.
 */
final class DenseMatrix {
    private final double[][] rows;
    private final int height;
    private final int width;

    DenseMatrix(int height, int width) {
        this.height = height;
        this.width = width;
        rows = new double[height][width];
    }

    /** Wraps {@code rows} as they are: the matrix and the caller share them. */
    DenseMatrix(double[][] rows) {
        this.height = rows.length;
        this.width = rows.length == 0 ? 0 : rows[0].length;
        this.rows = rows;
    }

    double[][] getArray() {
        return rows;
    }

    /** The product with {@code other}, a column of the result an iteration, each column of {@code other} copied first. */
    DenseMatrix times(DenseMatrix other) {
        if (other.height != width) {
            throw new IllegalArgumentException("inner dimensions differ: " + width + " and " + other.height);
        }
        DenseMatrix product = new DenseMatrix(height, other.width);
        double[][] result = product.getArray();
        double[] column = new double[width];
        for (@ParallelFor int j = 0; j < other.width; j++) {
            for (int k = 0; k < width; k++) {
                column[k] = other.rows[k][j];
            }
            for (int i = 0; i < height; i++) {
                double[] row = rows[i];
                double s = 0;
                for (int k = 0; k < width; k++) {
                    s += row[k] * column[k];
                }
                result[i][j] = s;
            }
        }
        return product;
    }

    /** The sum with {@code other}, a row an iteration. */
    DenseMatrix plus(DenseMatrix other) {
        DenseMatrix sum = new DenseMatrix(height, width);
        double[][] result = sum.getArray();
        for (@ParallelFor int i = 0; i < height; i++) {
            for (int j = 0; j < width; j++) {
                result[i][j] = rows[i][j] + other.rows[i][j];
            }
        }
        return sum;
    }

    /** The rows {@code first} to {@code last} and the columns {@code left} to {@code right}, both included. */
    DenseMatrix part(int first, int last, int left, int right) {
        DenseMatrix part = new DenseMatrix(last - first + 1, right - left + 1);
        double[][] result = part.getArray();
        for (@ParallelFor int i = first; i <= last; i++) {
            for (int j = left; j <= right; j++) {
                result[i - first][j - left] = rows[i][j];
            }
        }
        return part;
    }

    /** The transpose, a column of it an iteration. */
    DenseMatrix transposed() {
        DenseMatrix transposed = new DenseMatrix(width, height);
        double[][] result = transposed.getArray();
        for (@ParallelFor int i = 0; i < height; i++) {
            for (int j = 0; j < width; j++) {
                result[j][i] = rows[i][j];
            }
        }
        return transposed;
    }
}
