package loop;

import dev.weft.ParallelFor;

/**
 * Reads of other elements, field by field and through the contents of elements that are arrays or
 * containers, where another iteration changes what is read: each refused where the marker on the
 * line before says.
 */
class ElementFieldRejections {
    static final class Particle {
        double x, vx;
        Spot spot = new Spot();

        double speed() {
            return vx;
        }

        void drift(double dt) {
            x += vx * dt;
        }
    }

    static final class Spot {
        double x;
    }

    static void stopParticle(Particle p) {
        p.vx = 0;
    }

    static void particleReadsAWrittenFieldOfAnother(Particle[] ps) {
        for (@ParallelFor int i = 0; i < ps.length; i++) {
            // error at 24: This @ParallelFor loop reads `ps[(i + 1) % ps.length].vx` of `ps[(i + 1) % ps.length]`, a Particle every iteration can reach, and writes `vx` of its element: `p
            ps[i].vx = ps[(i + 1) % ps.length].vx;
        }
    }

    static void particleReadsAWrittenFieldThroughALocal(Particle[] ps) {
        for (@ParallelFor int i = 0; i < ps.length; i++) {
            Particle next = ps[(i + 1) % ps.length];
            // error at 24: This @ParallelFor loop reads `next.vx` of `next`, a Particle every iteration can reach, and writes `vx` of its element: `next` may be another iteration's elemen
            ps[i].vx = next.vx + 1;
        }
    }

    static void particleCallsAGetterOfAWrittenField(Particle[] ps) {
        for (@ParallelFor int i = 0; i < ps.length; i++) {
            double total = 0;
            for (int j = 0; j < ps.length; j++) {
                // error at 26: it reads `vx` of `ps[j]`, and this @ParallelFor loop writes `vx` of its element, so the call may read what another iteration writes at the s
                total += ps[j].speed();
            }
            ps[i].vx = total;
        }
    }

    static void particleMovesAnother(Particle[] ps) {
        for (@ParallelFor int i = 0; i < ps.length; i++) {
            ps[i].vx = 2;
            // error: and `ps[(i + 1) % ps.length]` is an object every iteration can reach: iterations that run at the same time would race on it
            ps[(i + 1) % ps.length].drift(1);
        }
    }

    static void particleReplacedAndAnotherRead(Particle[] ps) {
        for (@ParallelFor int i = 0; i < ps.length; i++) {
            // error at 29: This @ParallelFor loop reads `ps[(i + 1) % ps.length]` and writes `ps[i]`
            Particle next = ps[(i + 1) % ps.length];
            ps[i] = new Particle();
            ps[i].vx = next.x;
        }
    }

    static void particleHandsAnotherToAWriter(Particle[] ps) {
        for (@ParallelFor int i = 0; i < ps.length; i++) {
            ps[i].x = 1;
            // error: and `ps[(i + 1) % ps.length]` is an object every iteration can reach: iterations that run at the same time would race on it
            stopParticle(ps[(i + 1) % ps.length]);
        }
    }

    static void particleReadsWhatItsOwnCallWrites(Particle[] ps) {
        for (@ParallelFor int i = 0; i < ps.length; i++) {
            ps[i].drift(1);
            // error at 24: This @ParallelFor loop reads `ps[(i + 1) % ps.length].x` of `ps[(i + 1) % ps.length]`, a Particle every iteration can reach, and writes `x` of its element
            ps[i].vx = ps[(i + 1) % ps.length].x;
        }
    }

    static void particleReadsAReachedFieldOfAnother(Particle[] ps) {
        for (@ParallelFor int i = 0; i < ps.length; i++) {
            // error at 28: This @ParallelFor loop reads `ps[(i + 1) % ps.length].spot` of `ps[(i + 1) % ps.length]`, a Particle every iteration can reach, and writes `spot` of its element
            ps[i].spot.x = ps[(i + 1) % ps.length].spot.x;
        }
    }

    static void particleWritesAnotherThroughALocal(Particle[] ps) {
        for (@ParallelFor int i = 0; i < ps.length; i++) {
            Particle next = ps[(i + 1) % ps.length];
            ps[i].x = 1;
            // error: This @ParallelFor loop writes the field `next.vx`, which every iteration can reach (`next` may be, or hold, `ps[(i + 1) % ps.length]`): iterations running at th
            next.vx = 3;
        }
    }

    static void particleReadsAnotherArrayThatMayHoldTheSame(Particle[] ps, Particle[] others) {
        for (@ParallelFor int i = 0; i < ps.length; i++) {
            // error at 24: This @ParallelFor loop reads `others[(i + 1) % others.length].vx` of `others[(i + 1) % others.length]`, a Particle every iteration can reach, and writes `vx` of
            ps[i].vx = others[(i + 1) % others.length].vx;
        }
    }

    static void rowReadOfAnotherThroughARow(double[][] rows) {
        for (@ParallelFor int i = 0; i < rows.length; i++) {
            double[] row = rows[i];
            // error at 22: This @ParallelFor loop reads `rows[(i + 1) % rows.length]` and writes `rows[i]`
            row[0] = rows[(i + 1) % rows.length][0];
        }
    }

    static final class Tally {
        double x;
        double[] history = new double[4];
        java.util.List<Integer> items = new java.util.ArrayList<>();
        StringBuilder log = new StringBuilder();
        int count;

        void record(int k) {
            history[k] = x;
        }

        void push(int v) {
            items.add(v);
        }

        void note() {
            log.append('x');
        }

        java.util.List<Integer> items() {
            return items;
        }
    }

    static int logLength(Tally t) {
        return t.log.length();
    }

    static void tallyCallWritesAnArrayItHolds(java.util.List<Tally> ts) {
        for (@ParallelFor Tally t : ts) {
            t.record(0);
            double h = 0;
            for (Tally o : ts) {
                // error at 22: This @ParallelFor loop reads `o.history` of `o`, a Tally every iteration can reach, and writes `history` of its element: `o` may be another iteration's element,
                h += o.history[0];
            }
            t.x = h;
        }
    }

    static void tallyCallChangesAListItHolds(Tally[] ts) {
        for (@ParallelFor int i = 0; i < ts.length; i++) {
            ts[i].push(1);
            int n = 0;
            for (int j = 0; j < ts.length; j++) {
                // error at 22: This @ParallelFor loop reads `ts[j].items` of `ts[j]`, a Tally every iteration can reach, and writes `items` of its element: `ts[j]` may be another iteration's 
                n += ts[j].items.size();
            }
            ts[i].count = n;
        }
    }

    static void tallyChangesAListItHolds(java.util.List<Tally> ts) {
        for (@ParallelFor Tally t : ts) {
            t.items.add(1);
            int n = 0;
            for (Tally o : ts) {
                // error at 22: This @ParallelFor loop reads `o.items` of `o`, a Tally every iteration can reach, and writes `items` of its element: `o` may be another iteration's element, whi
                n += o.items.size();
            }
            t.count = n;
        }
    }

    static void tallyCallAppendsAndAHelperReads(Tally[] ts) {
        for (@ParallelFor int i = 0; i < ts.length; i++) {
            ts[i].note();
            // error at 27: it reads `log` of `ts[(i + 1) % ts.length]`, and this @ParallelFor loop writes `log` of its element, so the call may read what another itera
            ts[i].count = logLength(ts[(i + 1) % ts.length]);
        }
    }

    static void tallyChangesWhatAGetterReturns(java.util.List<Tally> ts) {
        for (@ParallelFor Tally t : ts) {
            t.items().add(1);
            int n = 0;
            for (Tally o : ts) {
                // error at 22: This @ParallelFor loop reads `o.items` of `o`, a Tally every iteration can reach, and writes `items` of its element: `o` may be another iteration's element, whi
                n += o.items.size();
            }
            t.count = n;
        }
    }

    static void listOfListsReadsAnotherList(java.util.List<java.util.List<Integer>> rows) {
        for (@ParallelFor java.util.List<Integer> row : rows) {
            row.add(1);
            int n = 0;
            for (java.util.List<Integer> other : rows) {
                // error at 22: This @ParallelFor loop reads `other.size()` through `other`, which every iteration can reach, and changes what its own element `row` holds
                n += other.size();
            }
            row.add(n);
        }
    }

    static void rowsReadAnotherRow(int[][] grid) {
        for (@ParallelFor int[] row : grid) {
            row[0] = 1;
            int s = 0;
            for (int[] other : grid) {
                // error at 22: This @ParallelFor loop reads `other[0]` through `other`, which every iteration can reach, and changes what its own element `row` holds
                s += other[0];
            }
            // error at 26: This @ParallelFor loop reads `grid[0][1]` through `grid[0]`, which every iteration can reach, and changes what its own element `row` holds
            row[1] = s + grid[0][1];
        }
    }

    static void buildersReadAnother(java.util.List<StringBuilder> builders) {
        for (@ParallelFor StringBuilder sb : builders) {
            // error at 23: This @ParallelFor loop reads `builders.get(0).length()` through `builders.get(0)`, which every iteration can reach, and changes what its own element `
            sb.append(builders.get(0).length());
        }
    }

    static int firstColumnTotal(int[][] g) {
        int s = 0;
        for (int[] r : g) {
            s += r[0];
        }
        return s;
    }

    static void rowsHandTheWholeGridToAHelper(int[][] grid) {
        for (@ParallelFor int[] row : grid) {
            row[0] = 1;
            // error at 39: This @ParallelFor loop uses `grid`, the collection it walks, whole here, and changes what its own element `row` holds
            row[1] = firstColumnTotal(grid);
        }
    }

    static void rowsHashTheWholeGrid(int[][] grid) {
        for (@ParallelFor int[] row : grid) {
            row[0] = 1;
            // error at 52: This @ParallelFor loop uses `grid`, the collection it walks, whole here, and changes what its own element `row` holds
            row[1] = java.util.Arrays.deepHashCode(grid);
        }
    }

    static void listsPrintAllTheLists(java.util.List<java.util.List<Integer>> rows) {
        for (@ParallelFor java.util.List<Integer> row : rows) {
            row.add(1);
            // error at 21: This @ParallelFor loop uses `rows`, the collection it walks, whole here, and changes what its own element `row` holds
            row.add(rows.toString().length());
        }
    }

    static long rowsChangedThroughABox(int[][] grid) {
        long s = 0;
        for (@ParallelFor int[] row : grid) {
            int[][] box = {row};
            box[0][0] = 1;
            // error at 18: This @ParallelFor loop reads `grid[0][0]` through `grid[0]`, which every iteration can reach, and changes what its own element `row` holds
            s += grid[0][0];
        }
        return s;
    }

    static long rowsChangedThroughAList(int[][] grid) {
        long s = 0;
        for (@ParallelFor int[] row : grid) {
            java.util.List<int[]> held = new java.util.ArrayList<>();
            held.add(row);
            held.get(0)[0] = 1;
            // error at 18: This @ParallelFor loop reads `grid[0][0]` through `grid[0]`, which every iteration can reach, and changes what its own element `row` holds
            s += grid[0][0];
        }
        return s;
    }

    static void particleWrittenWhereItMayBeItsOwn(Particle[] ps) {
        for (@ParallelFor int i = 0; i < ps.length; i++) {
            Particle p = i % 2 == 0 ? ps[i] : new Particle();
            p.vx = 1;
            // error at 23: This @ParallelFor loop reads `ps[(i + 1) % ps.length]` and writes `ps[i]`
            ps[i].x = ps[(i + 1) % ps.length].vx;
        }
    }

    static void particleMovedWhereItMayBeItsOwn(Particle[] ps) {
        for (@ParallelFor int i = 0; i < ps.length; i++) {
            Particle p = i % 2 == 0 ? ps[i] : new Particle();
            p.drift(1);
            // error at 24: This @ParallelFor loop reads `ps[(i + 1) % ps.length]` and writes `ps[i]`
            ps[i].vx = ps[(i + 1) % ps.length].x;
        }
    }

    static final class Labelled {
        double x;
        double vx;

        @Override
        public String toString() {
            return "at " + x + " moving " + vx;
        }
    }

    static void labelledPrintsAnother(Labelled[] ls, String[] out) {
        for (@ParallelFor int i = 0; i < ls.length; i++) {
            ls[i].vx = i;
            // error at 22: `String.valueOf(ls[(i + 1) % ls.length])` hands `ls[(i + 1) % ls.length]` to code Weft cannot see into, where it may have `toString()` run, which reads `vx` (ElementFieldRejections.java:317): it reads `vx` of `ls[(i + 1) % ls.length]`
            out[i] = String.valueOf(ls[(i + 1) % ls.length]);
        }
    }

    static void labelledAddsAnotherToAString(Labelled[] ls, String[] out) {
        for (@ParallelFor int i = 0; i < ls.length; i++) {
            ls[i].vx = i;
            // error at 22: `"next: " + ls[(i + 1) % ls.length]` adds `ls[(i + 1) % ls.length]` to a string, where it may have `toString()` run, which reads `vx` (ElementFieldRejections.java:317)
            out[i] = "next: " + ls[(i + 1) % ls.length];
        }
    }

    static void labelledHashesAnother(java.util.List<Labelled> ls, int[] out) {
        for (@ParallelFor int i = 0; i < ls.size(); i++) {
            Labelled mine = ls.get(i);
            mine.vx = i;
            // error at 35: This @ParallelFor loop writes `ls[i]` and also uses the whole list `ls` here, which may read other iterations' elements.
            for (Labelled other : ls) {
                // error at 27: `java.util.Objects.hash(other)` hands `other` to code Weft cannot see into, where it may have `toString()` run, which reads `vx` (ElementFieldRejections.java:317): it reads `vx` of `other`
                out[i] += java.util.Objects.hash(other);
            }
        }
    }

    static final class Linked {
        double x;
        Linked next;
        Linked before;

        @Override
        public String toString() {
            return "at " + x + ", before " + next.x;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Linked linked && linked.x == x;
        }

        @Override
        public int hashCode() {
            return Double.hashCode(x);
        }
    }

    static String describe(Object o) {
        return String.valueOf(o);
    }

    static String behind(Linked l) {
        return "behind " + l.before;
    }

    static String all(Object[] os) {
        return java.util.Arrays.toString(os);
    }

    static void linkedPrintsItsOwn(Linked[] ls, String[] out) {
        for (@ParallelFor int i = 0; i < ls.length; i++) {
            ls[i].x = i;
            // error at 22: `String.valueOf(ls[i])` hands `ls[i]` to code Weft cannot see into, where it may have `toString()` run, which reads `next.x`
            out[i] = String.valueOf(ls[i]);
            // error at 23: `"own: " + ls[i]` adds `ls[i]` to a string, where it may have `toString()` run, which reads `next.x`
            out[i] += "own: " + ls[i];
        }
    }

    static void linkedHelpersPrint(Linked[] ls, String[] out, Linked[] mirror) {
        for (@ParallelFor int i = 0; i < ls.length; i++) {
            ls[i].x = i;
            // error at 22: `describe(ls[i])` hands `o` to `String.valueOf(o)` (ElementFieldRejections.java:371), where it may have its toString run, which may read any field of it and of what it holds: it reads any field of an object reached through `ls[i]`
            out[i] = describe(ls[i]);
            // error at 23: `behind(ls[i])` adds `l.before` to a string at `"behind " + l.before` (ElementFieldRejections.java:375), where it may have `toString()` run, which reads `x` (ElementFieldRejections.java:356): it reads `x` of `ls[i].before`
            out[i] += behind(ls[i]);
            // error at 23: `all(mirror)` hands `os` to `java.util.Arrays.toString(os)` (ElementFieldRejections.java:379), where it may have its toString, equals, hashCode or compareTo run, which may read any field of it and of what it holds: it reads any field of `mirror`
            out[i] += all(mirror);
        }
    }

    static void linkedCompares(Linked[] ls, boolean[] out, java.util.Set<Linked> seen) {
        for (@ParallelFor int i = 0; i < ls.length; i++) {
            ls[i].x = i;
            // error at 22: `seen.contains(ls[i])` hands `ls[i]` to code Weft cannot see into, where it may have `equals()` run, which reads `linked.x`
            out[i] = seen.contains(ls[i]);
        }
    }

    static final class Ranked implements Comparable<Ranked> {
        double score;

        @Override
        public int compareTo(Ranked other) {
            return Double.compare(score, other.score);
        }
    }

    static void rankedInATree(Ranked[] ranked, int[] out, java.util.TreeSet<Ranked> tree) {
        for (@ParallelFor int i = 0; i < ranked.length; i++) {
            ranked[i].score = i;
            // error at 22: `tree.contains(ranked[i])` hands `ranked[i]` to code Weft cannot see into, where it may have `compareTo()` run, which reads `other.score`
            out[i] = tree.contains(ranked[i]) ? 1 : 0;
        }
    }

    static final class Sample {
        double x;
        int label;
    }

    /**
     * What a sort, a search or a queue handed a comparator the body shows runs of what it holds is
     * that comparator alone; what a method takes as a number is handed as a value.
     */
    static void nearestLabels(Sample[] queries, java.util.List<Sample> pool) {
        for (@ParallelFor int i = 0; i < queries.length; i++) {
            Sample q = queries[i];
            java.util.List<Sample> near = new java.util.ArrayList<>(pool);
            near.sort(java.util.Comparator.comparingDouble((Sample p) -> Math.abs(p.x - q.x)).reversed());
            java.util.PriorityQueue<Sample> queue = new java.util.PriorityQueue<>(4, (a, b) -> Double.compare(b.x, a.x));
            queue.add(new Sample());
            q.label = java.util.Collections.max(pool, (a, b) -> Double.compare(a.x, b.x)) == near.get(0) ? 1 : 0;
        }
    }

    static void rankedByTheirOwnOrder(Ranked[] ranked, java.util.List<Ranked> pool, java.util.List<Sample> labelled) {
        for (@ParallelFor int i = 0; i < ranked.length; i++) {
            ranked[i].score = i;
            java.util.List<Ranked> near = new java.util.ArrayList<>(pool);
            // error: `near.sort(java.util.Comparator.comparing(r -> r))` hands `near` to code Weft cannot see into, where it may have its toString, equals, hashCode or compareTo run
            near.sort(java.util.Comparator.comparing(r -> r));
            // error at 65: This @ParallelFor loop reads `r.score` of `r`, an Object every iteration can reach, and writes `score` of its element
            near.sort(java.util.Comparator.comparingDouble(r -> r.score));
            // error at 33: `a.compareTo(b)` reads `score` (ElementFieldRejections.java:417): it reads `score` of `a`, and this @ParallelFor loop writes `score` of its element
            near.sort((a, b) -> a.compareTo(b));
            // error: `near.sort(java.util.Comparator.naturalOrder())` hands `near` to code Weft cannot see into
            near.sort(java.util.Comparator.naturalOrder());
        }
    }

    static final class ByLabel implements java.util.Comparator<Sample> {
        @Override
        public int compare(Sample a, Sample b) {
            return Integer.compare(a.label, b.label);
        }
    }

    static final class ByCountedX implements java.util.Comparator<Sample> {
        int calls;

        @Override
        public int compare(Sample a, Sample b) {
            calls++;
            return Double.compare(a.x, b.x);
        }
    }

    /** A comparator's class in the compilation, or an anonymous one in the body, is judged by its compare alone. */
    static void labelsByComparatorObjects(Sample[] queries, java.util.List<Sample> pool, ByCountedX shared) {
        for (@ParallelFor int i = 0; i < queries.length; i++) {
            java.util.PriorityQueue<Sample> queue = new java.util.PriorityQueue<>(new ByCountedX());
            for (Sample sample : pool) {
                queue.add(sample);
            }
            java.util.List<Sample> near = new java.util.ArrayList<>(pool);
            near.sort(new java.util.Comparator<Sample>() {
                @Override
                public int compare(Sample a, Sample b) {
                    return Double.compare(a.x, b.x);
                }
            });
            queries[i].label = near.size() + queue.size();
        }
        for (@ParallelFor int i = 0; i < queries.length; i++) {
            java.util.List<Sample> near = new java.util.ArrayList<>(pool);
            // error: `near.sort(new ByLabel())` hands `new ByLabel()` to code Weft cannot see into, where it may have `compare()` run, which reads `a.label`
            near.sort(new ByLabel());
            // error: `near.sort(shared)` hands `shared` to code Weft cannot see into, where it may have `compare()` run, which changes `this.calls`
            near.sort(shared);
            near.sort(new java.util.Comparator<Sample>() {
                @Override
                public int compare(Sample a, Sample b) {
                    // error at 44: This @ParallelFor loop reads `a.label` of `a`, a Sample every iteration can reach, and writes `label` of its element
                    // error at 53: This @ParallelFor loop reads `b.label` of `b`
                    return Integer.compare(a.label, b.label);
                }
            });
            queries[i].label = near.size();
        }
    }

    /** An anonymous comparator with state of its own is code Weft does not read as the body's. */
    static void labelsByAStatefulComparator(Sample[] queries, java.util.List<Sample> pool) {
        for (@ParallelFor int i = 0; i < queries.length; i++) {
            java.util.List<Sample> near = new java.util.ArrayList<>(pool);
            // error: `near.sort(new java.util.Comparator<Sample>() { ... })` hands `near` to code Weft cannot see into
            near.sort(new java.util.Comparator<Sample>() {
                int calls;

                @Override
                public int compare(Sample a, Sample b) {
                    calls++;
                    return Double.compare(a.x, b.x);
                }
            });
            queries[i].label = near.size();
        }
    }

    /**
     * A list the iteration creates may hold what other iterations write: the JDK's own toString,
     * equals and hashCode of a list run those of what it holds.
     */
    static void linkedInAListOfItsOwn(Linked[] ls, String[] out, boolean[] same) {
        for (@ParallelFor int i = 0; i < ls.length; i++) {
            ls[i].x = i;
            java.util.List<Linked> pair = new java.util.ArrayList<>();
            pair.add(ls[(i + 1) % ls.length]);
            // error at 22: `pair.toString()` hands `pair` to code Weft cannot see into, where it may have its toString, equals, hashCode or compareTo run, which may read any field of it and of what it holds
            out[i] = pair.toString();
            // error at 23: `pair.hashCode()` hands `pair` to code Weft cannot see into
            out[i] += pair.hashCode();
        }
    }

    static String described(Linked l) {
        return "at " + l.x;
    }

    /** A method reference handed on is applied to objects the code it is handed to chooses: what it reads of them is judged. */
    static void linkedThroughReferences(Linked[] ls, String[] out, java.util.List<String> words) {
        for (@ParallelFor int i = 0; i < ls.length; i++) {
            ls[i].x = i; // what words holds is strings, which hold nothing the loop writes
            java.util.List<Linked> pair = new java.util.ArrayList<>();
            pair.add(ls[(i + 1) % ls.length]);
            StringBuilder text = new StringBuilder();
            words.forEach(text::append);
            out[i] = text.toString() + pair.size();
        }
        for (@ParallelFor int i = 0; i < ls.length; i++) {
            ls[i].x = i;
            java.util.List<Linked> pair = new java.util.ArrayList<>();
            pair.add(ls[(i + 1) % ls.length]);
            StringBuilder text = new StringBuilder();
            // error at 26: `text::append` is applied to objects the code it is handed to chooses, where it may have its toString
            pair.forEach(text::append);
            // error at 22: `pair.stream().map(ElementFieldRejections::described).findFirst()` hands `pair.stream().map(ElementFieldRejections::described)` to code Weft cannot see into
            // error at 40: `ElementFieldRejections::described` is applied to objects the code it is handed to chooses, where it reads `l.x`
            out[i] = pair.stream().map(ElementFieldRejections::described).findFirst().orElse("") + text;
        }
    }

    static int byX(Sample a, Sample b) {
        return Double.compare(a.x, b.x);
    }

    static int byLabel(Sample a, Sample b) {
        return Integer.compare(a.label, b.label);
    }

    /** A method reference as a comparator is judged by what it reads of the objects it compares. */
    static void labelsByReferences(Sample[] queries, java.util.List<Sample> pool) {
        for (@ParallelFor int i = 0; i < queries.length; i++) {
            java.util.List<Sample> near = new java.util.ArrayList<>(pool);
            near.sort(ElementFieldRejections::byX);
            // error at 23: `ElementFieldRejections::byLabel` is applied to objects the code it is handed to chooses, where it reads `a.label`
            near.sort(ElementFieldRejections::byLabel);
            queries[i].label = near.size();
        }
    }
}
