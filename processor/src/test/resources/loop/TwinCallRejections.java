package loop;

import dev.weft.ParallelFor;

class TwinCallRejections {

    static int refused(int[] a) {
        int last = 0;
        for (@ParallelFor int i = 0; i < a.length; i++) {
            // error at 27: `last` is declared outside this @ParallelFor loop and assigned in it
            last = a[i] - last;
        }
        return last;
    }

    private static void alsoRefused(int[] a) {
        for (@ParallelFor int i = 0; i < a.length; i++) {
            // error: This @ParallelFor loop writes `a[0]` at an index that does not separate the iterations
            a[0] = i;
        }
    }

    static int driver(int[] a, int[] b) {
        for (@ParallelFor int i = 0; i < b.length; i++) {
            b[i] = i;
        }
        alsoRefused(a);
        return refused(a);
    }
}
