package loop;

import dev.weft.ParallelFor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

class Calls {
    static int counter;
    static final List<Integer> SEEN = new ArrayList<>();
    static final int[] SLOTS = new int[4];
    static int made;
    int hits;

    static void bump() {
        counter++;
    }

    static void bumpTwice() {
        bump();
    }

    static void bumpThrice() {
        bumpTwice();
    }

    void hit() {
        hits++;
    }

    static void addTo(List<Integer> sink, int v) {
        sink.add(v);
    }

    static void remember(int v) {
        SEEN.add(v);
    }

    static void slot(int v) {
        SLOTS[0] += v;
    }

    static void even(int n) {
        if (n > 0) {
            odd(n - 1);
        }
    }

    static void odd(int n) {
        if (n > 0) {
            even(n - 1);
        } else {
            counter++;
        }
    }

    static final class Counted {
        int value;

        Counted(int value) {
            this.value = value;
            made++;
        }

        void grow(int by) {
            value += by;
        }
    }

    static void run(Runnable task) {
        task.run();
    }

    static void each(Counted[] all, int by) {
        for (Counted c : all) {
            c.grow(by);
        }
    }

    static void viaAlias(int[] a) {
        int[] b = a;
        b[0]++;
    }

    static void viaLambda(List<Counted> all) {
        all.forEach(c -> c.value++);
    }

    static Counted first(Counted[] all) {
        return all[0];
    }

    static void viaResult(Counted[] all) {
        first(all).value++;
    }

    static int square(int x) {
        return x * x;
    }

    static int deep(int x) {
        return square(x) + (x > 0 ? deep(x - 1) : 0);
    }

    static int[] fresh(int n) {
        int[] out = new int[n];
        out[0] = n;
        return out;
    }

    static void statics(int n) {
        for (@ParallelFor int i = 0; i < n; i++) {
            // error: `bump()` changes `Calls.counter` (Calls.java:16), a static field
            bump();
            // error: `bumpTwice()` calls `bump()` (Calls.java:20), which changes `Calls.counter`
            bumpTwice();
            // error: `bumpThrice()` calls `bumpTwice()` (Calls.java:24), which calls `bump()`
            bumpThrice();
            // error: `remember(i)` changes `SEEN` through `add` (Calls.java:36), a static field
            remember(i);
            // error: `slot(i)` changes `SLOTS[0]`
            slot(i);
            // error: `even(i)` calls `odd()`
            even(i);
            // error: `new Counted(i)` changes `Calls.made`
            new Counted(i);
        }
    }

    void instance(int n, Counted shared, Counted[] own, int[] counts, List<Counted> list) {
        List<Integer> out = new ArrayList<>();
        for (@ParallelFor int i = 0; i < n; i++) {
            // error: `hit()` changes `this.hits` (Calls.java:28), a field of `this`
            hit();
            // error: `addTo(out, i)` changes `sink` through `add`
            addTo(out, i);
            // error: `shared.grow(i)` changes `this.value` (Calls.java:66), and `shared` is an object every iteration can reach
            shared.grow(i);
            // error at 23: This @ParallelFor loop writes the field `shared.value`, which every iteration can reach
            run(() -> shared.value++);
            // error: `each(own, i)` calls `grow()`
            each(own, i);
            // error: `Arrays.fill(own, null)` changes `own`
            Arrays.fill(own, null);
            // error: `viaAlias(counts)` changes `b[0]`
            viaAlias(counts);
            // error: `viaLambda(list)` changes `c.value`
            viaLambda(list);
            // error: `viaResult(own)` changes `first(all).value`
            viaResult(own);
            int[] made = fresh(i + 1);
            made[0]++;
        }
    }

    static void store(double[] out, int k, double v) {
        out[k] = v;
    }

    static void storeVia(double[] a, int k, double v) {
        store(a, k, v);
    }

    static void smooth(double[] a, int k) {
        a[k] = a[k] + (k > 0 ? a[k - 1] : 0);
    }

    static void row(int[] counts, int y, int w) {
        for (int x = 0; x < w; x++) {
            counts[y * w + x] = x + y;
        }
    }

    static void rowAndOne(int[] counts, int y, int w) {
        for (int x = 0; x <= w; x++) {
            counts[y * w + x] = x + y;
        }
    }

    static void elements(int n, int w, Counted[] own, double[] out, int[] counts, int[] sums, int[] other) {
        for (@ParallelFor int i = 0; i < n; i++) {
            store(out, i, i);
            storeVia(out, i, i);
            row(counts, i, w);
            // error: `smooth(out, i)` changes `a[k]` (Calls.java:165) and uses `a[k - 1]` (Calls.java:165), and `out` is an object every iteration can reach
            smooth(out, i);
            // error: `store(out, i + 1, 0)` changes `out[k]` (Calls.java:157): the element of `out` at `i + 1`, which may be another iteration's
            store(out, i + 1, 0);
            // error: `row(counts, i, i)` changes `counts[y * w + x]` (Calls.java:170): the row `i` of `i` elements of `counts`, which may be another iteration's
            row(counts, i, i);
            // error: `rowAndOne(other, i, w)` changes `counts[y * w + x]` (Calls.java:176), and `other` is an object every iteration can reach
            rowAndOne(other, i, w);
            own[i].grow(i);
            Counted mine = own[i];
            mine.grow(square(i) + deep(3));
            // error at 23: This @ParallelFor loop reads `own[(i + 1) % n].value` of `own[(i + 1) % n]`, a Counted every iteration can reach, and writes `value` of its element
            sums[i] = own[(i + 1) % n].value;
        }
    }

    interface Shape {
        double area();
    }

    static final class Square implements Shape {
        double side;

        public double area() {
            return side * side;
        }
    }

    static final class CountingShape implements Shape {
        static int measured;

        public double area() {
            measured++;
            return 1;
        }
    }

    static final class Numbered {
        static int next;
        final int id = next++;
    }

    static void consume(int[] cell) {
        cell[0]++;
    }

    static void overridesReferencesAndDraws(int n, Shape[] shapes, Square[] squares, int[] shared, List<Counted> all,
            java.util.Random random, double[] out) {
        for (@ParallelFor int i = 0; i < n; i++) {
            // error at 22: `shapes[i].area()` changes `CountingShape.measured`
            out[i] = shapes[i].area();
        }
        for (@ParallelFor int i = 0; i < n; i++) {
            out[i] = squares[i].area();
        }
        for (@ParallelFor int i = 0; i < n; i++) {
            // error: `new Numbered()` changes `Numbered.next` (Calls.java:224)
            new Numbered();
        }
        for (@ParallelFor int i = 0; i < n; i++) {
            java.util.function.Consumer<int[]> bump = Calls::consume;
            bump.accept(new int[1]);
            // error: `bump.accept(shared)` changes `cell[0]`
            bump.accept(shared);
        }
        for (@ParallelFor int i = 0; i < n; i++) {
            // error at 30: `c.grow(1)` changes `this.value` (Calls.java:66), and Weft cannot follow `c`
            all.forEach(c -> c.grow(1));
            // error at 52: `Calls::remember` changes `SEEN` through `add` (Calls.java:36), a static field
            all.stream().map(c -> c.value).forEach(Calls::remember);
        }
        for (@ParallelFor int i = 0; i < n; i++) {
            // error at 22: `random.nextDouble()` draws from `random`, which moves its seed
            out[i] = random.nextDouble();
        }
    }

    static void dropFirst(List<Integer> list) {
        java.util.Iterator<Integer> it = list.iterator();
        it.next();
        it.remove();
    }

    static void views(int n, List<Integer> shared, java.util.Map<String, Integer> counts) {
        for (@ParallelFor int i = 0; i < n; i++) {
            java.util.Iterator<Integer> it = shared.iterator();
            it.next();
            // error: `it.remove()` changes `it`, a java.util.Iterator that every iteration can reach (`it` may be, or hold, `shared`)
            it.remove();
            // error: `shared.subList(0, 1).set(0, i)` changes `shared.subList(0, 1)`, a java.util.List that every iteration can reach
            shared.subList(0, 1).set(0, i);
            for (java.util.Map.Entry<String, Integer> entry : counts.entrySet()) {
                // error: `entry.setValue(i)` changes `entry`, a java.util.Map.Entry that every iteration can reach
                entry.setValue(i);
            }
            // error: `dropFirst(shared)` changes `it` through `remove`
            dropFirst(shared);
            List<Integer> mine = new ArrayList<>(List.of(1, 2));
            mine.iterator().remove();
            dropFirst(mine);
        }
    }

    double[] cells = new double[8];
    static double[] grid = new double[8];

    double neighbour(int k) {
        return cells[(k + 1) % cells.length];
    }

    static double below(int k) {
        return grid[(k + 1) % grid.length];
    }

    double scaled(int k) {
        return neighbour(k) * 2;
    }

    void fieldsReadByCalls(int n, double[] out) {
        for (@ParallelFor int i = 0; i < n; i++) {
            // error at 24: `neighbour(i)` reads `cells` (Calls.java:292), any element of it, and this @ParallelFor loop writes `cells[i]`
            cells[i] = neighbour(i);
        }
        for (@ParallelFor int i = 0; i < n; i++) {
            // error at 23: `below(i)` reads `grid` (Calls.java:296), any element of it, and this @ParallelFor loop writes `grid[i]`
            grid[i] = below(i);
        }
        for (@ParallelFor int i = 0; i < n; i++) {
            // error at 29: `scaled(i)` calls `neighbour()` (Calls.java:300), which reads `cells` (Calls.java:292)
            this.cells[i] = scaled(i);
        }
        for (@ParallelFor int i = 0; i < n; i++) {
            out[i] = neighbour(i) + below(i);
        }
    }

    double[] cellsOf() {
        return cells;
    }

    static double peek(Calls other, int k) {
        return other.cells[(k + 1) % other.cells.length];
    }

    void fieldsReadThroughOtherNames(int n, Calls other) {
        double[] mine = cells;
        for (@ParallelFor int i = 0; i < n; i++) {
            // error at 23: `neighbour(i)` reads `cells` (Calls.java:292), any element of it, and this @ParallelFor loop writes `mine[i]`, and `mine` may be the array `cells` is (`mine = cells` (Calls.java:330))
            mine[i] = neighbour(i);
        }
        double[] theirs = other.cells;
        for (@ParallelFor int i = 0; i < n; i++) {
            // error at 25: `other.neighbour(i)` reads `cells` (Calls.java:292), any element of it, and this @ParallelFor loop writes `theirs[i]`
            theirs[i] = other.neighbour(i);
        }
        double[] returned = cellsOf();
        for (@ParallelFor int i = 0; i < n; i++) {
            // error at 27: `returned = cellsOf()` (Calls.java:340), a value Weft does not follow, which may be any field's array
            returned[i] = neighbour(i);
        }
        for (@ParallelFor int i = 0; i < n; i++) {
            // error at 24: `peek(this, i)` reads `other.cells` (Calls.java:326), any element of it, and this @ParallelFor loop writes `cells[i]`
            cells[i] = peek(this, i);
        }
    }

    static int[] slots(int i) {
        return SLOTS;
    }

    static StringBuilder builderOf(StringBuilder[] all, int i) {
        return all[0];
    }

    static Counted same(Counted counted) {
        return counted;
    }

    Counted[] counteds = new Counted[0];

    Counted mine(int i) {
        return counteds[i];
    }

    void returned(int n, Counted shared, Counted[] own, StringBuilder[] builders) {
        for (@ParallelFor int i = 0; i < n; i++) {
            int[] slots = slots(i);
            // error: This @ParallelFor loop writes `slots[i % 4]` through `slots`, which refers to an array that every iteration can reach (`slots` may be, or hold, `slots(i)`)
            slots[i % 4]++;
            StringBuilder builder = builderOf(builders, i);
            // error: `builder.append(i)` changes `builder`, a java.lang.StringBuilder that every iteration can reach (`builder` may be, or hold, `builders`)
            builder.append(i);
            // error: This @ParallelFor loop writes the field `mine(i).value`, which every iteration can reach
            mine(i).value = i;
            Counted counted = same(shared);
            // error: `counted.grow(i)` changes `this.value` (Calls.java:66), and `counted` is an object every iteration can reach (`counted` may be, or hold, `shared`)
            counted.grow(i);
            Counted element = same(own[i]);
            // error: `element.grow(i)` changes `this.value` (Calls.java:66), and `element` is reached through `same(own[i])`, of the class of the iteration's element
            element.grow(i);
            builderOf(new StringBuilder[] {new StringBuilder()}, i).append(i);
        }
    }

    static List<int[]> wrapped(int[] a) {
        List<int[]> list = new ArrayList<>();
        list.add(a);
        return list;
    }

    static void pokeThroughAList(int[] a) {
        List<int[]> list = new ArrayList<>();
        list.add(a);
        list.get(0)[0]++;
    }

    static void pokeThroughAnArray(int[] a) {
        int[][] holder = new int[1][];
        holder[0] = a;
        holder[0][0]++;
    }

    static String rendered(Object shown) {
        StringBuilder text = new StringBuilder();
        text.append(shown);
        text.append(',');
        return text.toString();
    }

    static void throughWhatIsStored(int n, int[] shared, Object seen, String[] out) {
        for (@ParallelFor int i = 0; i < n; i++) {
            // error: This @ParallelFor loop writes `wrapped(shared).get(0)[0]` through `wrapped(shared).get(0)`, which refers to an array that every iteration can reach (`wrapped(shared).get(0)` may be, or hold, `shared`)
            wrapped(shared).get(0)[0] = i;
            // error: `pokeThroughAList(shared)` changes `list.get(0)[0]`
            pokeThroughAList(shared);
            // error: `pokeThroughAnArray(shared)` changes `holder[0][0]`
            pokeThroughAnArray(shared);
            out[i] = rendered(seen); // adds `seen` to a builder of its own, and changes only the builder
        }
    }

    static int[][] duplicated(int[][] rows) {
        return rows.clone();
    }

    static void pokeThroughACopy(int[][] rows) {
        int[][] copy = rows.clone();
        copy[0][0]++;
    }

    static List<int[]> listed(List<int[]> rows) {
        List<int[]> copy = new ArrayList<>(rows);
        return copy;
    }

    static void throughWhatACopyHolds(int n, List<int[]> rows, int[] out) {
        for (@ParallelFor int i = 0; i < n; i++) {
            List<int[]> mine = listed(rows);
            mine.add(new int[] {i}); // the list is new
            // error: This @ParallelFor loop writes `mine.get(0)[0]` through `mine.get(0)`, which refers to an array that every iteration can reach (`mine.get(0)` may be, or hold, `rows`)
            mine.get(0)[0] = i;
            out[i] = mine.size();
        }
    }

    static void throughCopies(int n, int[][] grid, int[] out) {
        for (@ParallelFor int i = 0; i < n; i++) {
            // error: This @ParallelFor loop writes `duplicated(grid)[0][0]` through `duplicated(grid)`, which refers to an array that every iteration can reach (`duplicated(grid)` may be, or hold, `grid`)
            duplicated(grid)[0][0] = i;
            // error: `pokeThroughACopy(grid)` changes `copy[0][0]`
            pokeThroughACopy(grid);
            out[i] = i;
        }
    }

    static int unboxed(Object boxed) {
        if (boxed instanceof Integer counter && counter > 0) {
            counter++;
            return counter;
        }
        return 0;
    }

    static void patternsShadowFields(int n, int[] out) {
        for (@ParallelFor int i = 0; i < n; i++) {
            out[i] = unboxed(i); // its `counter` is the pattern's, not the static field
        }
    }

    private static final java.text.SimpleDateFormat YEAR = new java.text.SimpleDateFormat("yyyy");

    static void formats(java.util.Date[] dates, double[] amounts, String[] out) {
        for (@ParallelFor int i = 0; i < dates.length; i++) {
            // error at 22: `YEAR.format(dates[i])` formats or parses with `YEAR`, which keeps its work in fields of its own (a java.text format is not made for threads: give each its own, or use java.time's `DateTimeFormatter`, which is)
            out[i] = YEAR.format(dates[i]);
        }
        for (@ParallelFor int i = 0; i < amounts.length; i++) {
            java.text.NumberFormat own = java.text.NumberFormat.getInstance(java.util.Locale.US);
            own.setMaximumFractionDigits(2);
            out[i] = own.format(amounts[i]);
        }
    }

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\w+");

    static void matchers(String[] texts, java.util.regex.Matcher shared, int[] out) {
        for (@ParallelFor int i = 0; i < texts.length; i++) {
            java.util.regex.Matcher own = WORD.matcher(texts[i]);
            while (own.find()) {
                out[i]++;
            }
        }
        for (@ParallelFor int i = 0; i < texts.length; i++) {
            // error: `shared.reset(texts[i])` matches with `shared`, which keeps its place in the text in fields of its own (a matcher is not made for threads: make one in each iteration or call from a shared `Pattern`, `PATTERN.matcher(text)`)
            shared.reset(texts[i]);
            // error at 22: `shared.find()` matches with `shared`
            out[i] = shared.find() ? 1 : 0;
        }
    }

    static void tokenizers(String[] lines, java.util.StringTokenizer shared, int[] out) {
        for (@ParallelFor int i = 0; i < lines.length; i++) {
            java.util.StringTokenizer own = new java.util.StringTokenizer(lines[i], " ,");
            while (own.hasMoreTokens()) {
                own.nextToken();
                out[i]++;
            }
        }
        for (@ParallelFor int i = 0; i < lines.length; i++) {
            // error at 22: `shared.nextToken()` reads tokens with `shared`, which keeps its place in the text in fields of its own (a tokenizer or a scanner is not made for threads
            out[i] = shared.nextToken().length();
        }
    }

    static void digests(byte[][] blocks, java.security.MessageDigest shared, long[] out) throws Exception {
        for (@ParallelFor int i = 0; i < blocks.length; i++) {
            java.security.MessageDigest own = java.security.MessageDigest.getInstance("SHA-256");
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(own.digest(blocks[i]));
            out[i] = crc.getValue();
        }
        for (@ParallelFor int i = 0; i < blocks.length; i++) {
            // error at 22: `shared.digest(blocks[i])` works with `shared`, which keeps what it has taken in in fields of its own
            out[i] = shared.digest(blocks[i]).length;
        }
    }

    @SuppressWarnings("weft:unseen-call") // what a deflater fills and holds is not in the JDK's table
    static void streamingState(byte[][] blocks, byte[][] out, java.util.zip.Deflater deflater, javax.crypto.Mac mac,
            java.util.Scanner numbers) throws Exception {
        for (@ParallelFor int i = 0; i < blocks.length; i++) {
            java.util.zip.Deflater own = new java.util.zip.Deflater();
            own.setInput(blocks[i]);
            own.finish();
            own.deflate(out[i]);
            own.end();
        }
        for (@ParallelFor int i = 0; i < blocks.length; i++) {
            // error: `deflater.setInput(blocks[i])` works with `deflater`, which keeps what it has taken in in fields of its own (a digest, a checksum, a compressor or a cipher is not made for threads
            deflater.setInput(blocks[i]);
            // error at 22: `mac.doFinal(blocks[i])` works with `mac`
            out[i] = mac.doFinal(blocks[i]);
            // error at 32: `numbers.nextInt()` reads tokens with `numbers`
            // error: This @ParallelFor loop writes `out[i][0]` through `out[i]`, which refers to an array that every iteration can reach
            out[i][0] = (byte) numbers.nextInt();
        }
    }
}
