package loop;

import dev.weft.ParallelFor;

/** Loops as numerical code writes them: scratch locals declared before the loop, cursors advanced in it. */
class Scratch {
    static int[] scratch(int[] in) {
        int[] out = new int[in.length];
        int t, u;
        for (@ParallelFor int i = 0; i < in.length; i++) {
            t = in[i] * 3;
            u = t + 1;
            out[i] = t * u;
        }
        return out;
    }

    static long lastSign(int[] in) {
        long last = 0;
        for (@ParallelFor int i = in.length - 1; i >= 0; i--) {
            if (in[i] % 2 == 0) {
                last = in[i];
            } else {
                last = -in[i];
            }
        }
        return last;
    }

    static int pairs(int[] in, int[] out) {
        int k = 0;
        for (@ParallelFor int i = 0; i < in.length; i++) {
            out[k++] = in[i] * 2;
            out[k++] = in[i] + 1;
        }
        return k;
    }
}
