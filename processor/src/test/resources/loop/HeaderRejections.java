package loop;

import dev.weft.ParallelFor;

class HeaderRejections {
    int stride = 2;
    static final int BACKWARDS = -2;

    static void zeroStep(int[] a) {
        // error at 57: The step `0` of this @ParallelFor loop is zero: the loop as written never reaches its bound
        for (@ParallelFor int i = 0; i < a.length; i += 0) {
            a[i] = 1;
        }
    }

    static void negativeStep(int[] a) {
        // error at 60: The step `BACKWARDS` of this @ParallelFor loop is -2, not positive
        for (@ParallelFor int i = 0; i < a.length; i = i + BACKWARDS) {
            a[i] = 1;
        }
    }

    static void negativeStepDown(int[] a) {
        // error at 62: The step `2 - 3` of this @ParallelFor loop is -1, not positive
        for (@ParallelFor int i = a.length - 1; i >= 0; i -= 2 - 3) {
            a[i] = 1;
        }
    }

    static void stepChangedInTheBody(int[] a, int step) {
        // error at 57: The step of this @ParallelFor loop uses `step`, which the loop changes
        for (@ParallelFor int i = 0; i < a.length; i += step) {
            a[i] = 1;
            step = 3;
        }
    }

    void fieldStep(int[] a) {
        // error at 57: The step of this @ParallelFor loop uses `stride`, which is a field that is not final
        for (@ParallelFor int i = 0; i < a.length; i += stride) {
            a[i] = 1;
        }
    }

    static void floatingStep(int[] a, double by) {
        // error at 57: Weft cannot tell that `by`, in the step of this @ParallelFor loop, is an integer
        for (@ParallelFor int i = 0; i < a.length; i += by) {
            a[i] = 1;
        }
    }

    static void calledStep(int[] a) {
        // error at 57: Weft cannot tell that `a.hashCode()`, in the step of this @ParallelFor loop, is an integer
        for (@ParallelFor int i = 0; i < a.length; i += a.hashCode()) {
            a[i] = 1;
        }
    }

    static void stepReadsTheVariable(int[] a) {
        // error at 52: Weft cannot analyse the update of this @ParallelFor loop
        for (@ParallelFor int i = 1; i < a.length; i = i + i) {
            a[i] = 1;
        }
    }

    static void offsetOnBothSides(int[] a) {
        // error at 38: Weft cannot count the iterations of this @ParallelFor loop from its condition
        for (@ParallelFor int i = 0; i + 1 < a.length - i; i++) {
            a[i] = 1;
        }
    }

    static void offsetChangedInTheBody(int[] a) {
        int margin = 1;
        // error at 42: The bound of this @ParallelFor loop uses `margin`, which the loop body changes
        for (@ParallelFor int i = 0; i + margin < a.length; i++) {
            a[i] = 1;
            margin += 1;
        }
    }

    static void backwardsUpdateByAssignment(int[] a) {
        // error at 38: go in opposite directions
        for (@ParallelFor int i = 0; i < a.length; i = i - 1) {
            a[i] = 1;
        }
    }

    static void floatingBound(int[] a) {
        // error at 42: `a.length * 0.5`, in the condition of this @ParallelFor loop, is a floating-point number
        for (@ParallelFor int i = 0; i < a.length * 0.5; i++) {
            a[i] = 1;
        }
    }

    static void floatingOffset(int[] a, double margin) {
        // error at 42: `margin`, in the condition of this @ParallelFor loop, is a floating-point number
        for (@ParallelFor int i = 0; i + margin < a.length; i++) {
            a[i] = 1;
        }
    }
}
