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

    /** A copy of the rows, each a new array. */
    double[][] copyOfRows() {
        double[][] copy = new double[height][];
        for (int i = 0; i < height; i++) {
            copy[i] = rows[i].clone();
        }
        return copy;
    }

    /**
     * The solution {@code x} of this upper-triangular matrix times {@code x} equal to {@code b},
     * for all columns of {@code b} at once: from the last row up, each row's value taken out of
     * the rows above it, a row an iteration.
     */
    double[][] solveUpper(DenseMatrix b) {
        double[][] x = b.copyOfRows();
        for (int k = height - 1; k >= 0; k--) {
            for (int j = 0; j < x[k].length; j++) {
                x[k][j] /= rows[k][k];
            }
            for (@ParallelFor int i = 0; i < k; i++) {
                for (int j = 0; j < x[i].length; j++) {
                    x[i][j] -= x[k][j] * rows[i][k];
                }
            }
        }
        return x;
    }

    /** Takes out of every column after {@code k} its projection on column {@code k}, a column an iteration. */
    void orthogonalizeAfter(int k) {
        for (@ParallelFor int j = k + 1; j < width; j++) {
            double dot = 0;
            double norm = 0;
            for (int i = 0; i < height; i++) {
                dot += rows[i][k] * rows[i][j];
                norm += rows[i][k] * rows[i][k];
            }
            double f = norm == 0 ? 0 : dot / norm;
            for (int i = 0; i < height; i++) {
                rows[i][j] -= f * rows[i][k];
            }
        }
    }
}
