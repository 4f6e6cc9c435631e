import dev.weft.ParallelFor;

/** Each iteration reads what the one before it wrote: these iterations cannot run in parallel. */
class PrefixSums {
    static void prefixSums(double[] a) {
        for (@ParallelFor int i = 1; i < a.length; i++) {
            a[i] = a[i - 1] + a[i];
        }
    }
}
