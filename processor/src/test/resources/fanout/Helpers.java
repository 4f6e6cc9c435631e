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
        // error: [weft:call-effect] @Parallelizable method counted(int) calls `countTwice()` (Helpers.java:32), which calls `count()` (Helpers.java:14), which changes `Helpers.calls` (Helpers.java:10), the static field `Helpers.calls` or an object it holds
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

    static final int[] TOTALS = new int[4];
    int[] window = new int[4];

    static int[] totals() {
        return TOTALS;
    }

    @Parallelizable
    static int reachesStatics(int x) {
        int[] picked = totals();
        // error: [weft:call-effect] @Parallelizable method reachesStatics(int) changes `picked[0]` (Helpers.java:56), the static field `Helpers.TOTALS` or an object it holds
        picked[0] += x;
        return x;
    }

    @Parallelizable
    static int reachesStaticsThroughAList(int x) {
        java.util.List<int[]> held = new java.util.ArrayList<>();
        held.add(TOTALS);
        // error: [weft:call-effect] @Parallelizable method reachesStaticsThroughAList(int) changes `held.get(0)[1]`
        held.get(0)[1] += x;
        return x;
    }

    @SuppressWarnings("weft:unseen-call")
    @Parallelizable
    static int reachesStaticsThroughALambda(int x) {
        java.util.function.Supplier<int[]> supplier = () -> TOTALS;
        // error: [weft:call-effect] @Parallelizable method reachesStaticsThroughALambda(int) changes `supplier.get()[2]`
        supplier.get()[2] += x;
        return x;
    }

    @Parallelizable
    int reachesItsObject(int x) {
        // error: [weft:call-effect] @Parallelizable method reachesItsObject(int) changes `window[0]` (Helpers.java:81), a field of the object all its calls on one object share
        window[0] = x;
        return x;
    }

    static final class Node {
        int inDegree;
    }

    static final class Edge {
        final Node to;

        Edge(Node to) {
            this.to = to;
        }
    }

    @Parallelizable
    static int countsIntoWhatTwoArgumentsShare(Edge e) {
        // error: [weft:call-effect] @Parallelizable method countsIntoWhatTwoArgumentsShare(Edge) changes `e.to.inDegree` (Helpers.java:100), where `Edge.to` is set to `to`
        e.to.inDegree++;
        return e.to.inDegree;
    }

    static final class Boid {
        double speed;
        double heading;
        Boid leader;
        final Node own = new Node();

        double speed() {
            return speed;
        }
    }

    static double mean(Boid[] boids) {
        double sum = 0;
        for (Boid b : boids) {
            sum += b.speed;
        }
        return sum / boids.length;
    }

    @Parallelizable
    static double readsWhatOtherCallsWrite(Boid b, Boid[] all) {
        // error at 19: [weft:loop-carried] @Parallelizable method readsWhatOtherCallsWrite(Boid, Boid[]) changes `b.speed` (Helpers.java:126), a field of its first argument, and calls `mean()` (Helpers.java:126), which reads `b.speed` (Helpers.java:118): it reads `speed` of an object reached through `all`, which may be another call's first argument
        b.speed = mean(all);
        return b.speed;
    }

    @Parallelizable
    static double readsItsLeader(Boid b) {
        // error at 19: [weft:loop-carried] @Parallelizable method readsItsLeader(Boid) changes `b.speed` (Helpers.java:133), a field of its first argument, and calls `speed()` (Helpers.java:133), which reads `speed` (Helpers.java:111): it reads `speed` of an object reached through `b`
        b.speed = b.leader.speed() + 1;
        return b.speed;
    }

    @Parallelizable
    static int readsWhatOtherCallsReach(Boid b, Boid[] all) {
        // error at 26: [weft:loop-carried] @Parallelizable method readsWhatOtherCallsReach(Boid, Boid[]) changes `b.own.inDegree` (Helpers.java:140), a field of its first argument or of an object it reaches, and reads `all[0].own.inDegree` (Helpers.java:140): it reads `inDegree` of an object reached through `all`
        b.own.inDegree = all[0].own.inDegree + 1;
        return b.own.inDegree;
    }

    @Parallelizable
    static double readsOnlyWhatItOwnsAndOtherFields(Boid b, Boid[] all) {
        b.own.inDegree++;
        b.speed = b.speed() + b.own.inDegree + all[0].heading;
        return b.speed;
    }

    static final class Box {
        int total;
    }

    @Parallelizable
    static int changesAListEveryCallShares(int x, java.util.List<Integer> into) {
        // error: [weft:call-effect] @Parallelizable method changesAListEveryCallShares(int, java.util.List<Integer>) changes `into` through `add` (Helpers.java:158), and `into`, which all its calls share, is of a type not made for threads, so parallel calls would race on it
        into.add(x);
        return x;
    }

    @Parallelizable
    static int countsIntoAnArrayEveryCallShares(int x, int[] counts) {
        // error: [weft:call-effect] @Parallelizable method countsIntoAnArrayEveryCallShares(int, int[]) changes `counts[x % 4]` (Helpers.java:165), and `counts`, which all its calls share, is of a type not made for threads
        counts[x % 4]++;
        return x;
    }

    @Parallelizable
    static int addsToAnObjectEveryCallShares(int x, Box box) {
        // error: [weft:call-effect] @Parallelizable method addsToAnObjectEveryCallShares(int, Box) changes `box.total` (Helpers.java:172), and `box`, which all its calls share, is of a type not made for threads
        box.total += x;
        return x;
    }

    @Parallelizable
    static int changesWhatAConcurrentMapHolds(int x, java.util.concurrent.ConcurrentMap<Integer, int[]> counts) {
        // error: [weft:call-effect] @Parallelizable method changesWhatAConcurrentMapHolds(int, java.util.concurrent.ConcurrentMap<Integer, int[]>) changes `counts.get(x % 2)[0]` (Helpers.java:179), an object that `counts`, which all its calls share, holds, so parallel calls would race on it
        counts.get(x % 2)[0]++;
        return x;
    }

    @Parallelizable
    static int countsIntoAConcurrentMap(int x, java.util.concurrent.ConcurrentMap<Integer, Integer> counts) {
        counts.merge(x % 2, 1, Integer::sum);
        return x;
    }

    @Parallelizable
    static int addsUnderTheListsLock(int x, java.util.List<Integer> into) {
        synchronized (into) {
            into.add(x);
        }
        return x;
    }

    private static final java.text.DecimalFormat MONEY = new java.text.DecimalFormat("#,##0.00");

    @Parallelizable
    static String formatsWithASharedFormat(double x) {
        // error at 16: [weft:call-effect] @Parallelizable method formatsWithASharedFormat(double) formats or parses with `MONEY`, which keeps its work in fields of its own (Helpers.java:202), the static field `Helpers.MONEY` or an object it holds
        return MONEY.format(x);
    }

    @Parallelizable
    static String formatsWithItsOwnFormat(double x) {
        java.text.DecimalFormat money = new java.text.DecimalFormat("#,##0.00");
        return money.format(x);
    }

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\w+");
    private static final java.util.regex.Matcher WORDS = WORD.matcher("");

    @Parallelizable
    static int countsWordsWithItsOwnMatcher(String text) {
        java.util.regex.Matcher words = WORD.matcher(text);
        int count = 0;
        while (words.find()) {
            count++;
        }
        return count;
    }

    @Parallelizable
    static boolean findsWithASharedMatcher(String text) {
        // error at 16: [weft:call-effect] @Parallelizable method findsWithASharedMatcher(String) matches with `WORDS`, which keeps its place in the text in fields of its own (Helpers.java:227), the static field `Helpers.WORDS` or an object it holds
        return WORDS.find() && !text.isEmpty();
    }

    static final class Tagged {
        double speed;
        final String name = "t";

        @Override
        public String toString() {
            return name + " at " + speed;
        }
    }

    @Parallelizable
    static String printsAnotherCallsArgument(Tagged t, Tagged other) {
        t.speed++;
        // error at 16: [weft:loop-carried] @Parallelizable method printsAnotherCallsArgument(Tagged, Tagged) changes `t.speed` (Helpers.java:242), a field of its first argument, and hands `other` to `String.valueOf(other)` (Helpers.java:244), where it may have `toString()` run, which reads `speed` (Helpers.java:236): it reads `speed` of `other`
        return String.valueOf(other);
    }

    @Parallelizable
    static String printsItsOwn(Tagged t) {
        t.speed++;
        return "now " + t;
    }
}
