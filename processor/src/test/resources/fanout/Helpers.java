package fanout;

import dev.weft.Parallelizable;

class Helpers {
    static int calls;
    int seen;

    static void count() {
        calls++;
    }

    static void countTwice() {
        count();
    }

    void see() {
        seen++;
    }

    static int square(int x) {
        return x * x;
    }

    static void fill(int[] into, int v) {
        into[0] = v;
    }

    @Parallelizable
    static int counted(int x) {
        // error: [weft:call-effect] @Parallelizable method counted(int) calls `countTwice()` (Helpers.java:32), which calls `count()` (Helpers.java:14), which changes `Helpers.calls` (Helpers.java:10), a static field
        countTwice();
        return square(x);
    }

    @Parallelizable
    int watched(int x) {
        // error: [weft:call-effect] @Parallelizable method watched(int) calls `see()` (Helpers.java:39), which changes `this.seen` (Helpers.java:18), a field of the object all its calls on one object share
        see();
        int[] own = new int[1];
        fill(own, x);
        return own[0] + square(x);
    }
}
