package dev.weft.examples.loops;

import dev.weft.ParallelFor;

/** {@code c = a × b} for square matrices, one row of {@code c} per iteration. */
public final class MatrixMultiply {
    private MatrixMultiply() {}

    static double[][] multiply(double[][] a, double[][] b) {
        int n = a.length;
        double[][] c = new double[n][n];
        for (@ParallelFor int i = 0; i < n; i++) {
            double[] row = c[i];
            for (int k = 0; k < n; k++) {
                double aik = a[i][k];
                double[] bk = b[k];
                for (int j = 0; j < n; j++) {
                    row[j] += aik * bk[j];
                }
            }
        }
        return c;
    }
}
