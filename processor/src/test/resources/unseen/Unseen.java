package unseen;

import dev.weft.ParallelFor;
import dev.weft.Parallelizable;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

class Unseen {
    interface Source {
        int next();
    }

    static void log(String line) {
        System.out.println(line);
    }

    static int[] printed(int[] a, Source source) {
        int[] out = new int[a.length];
        for (@ParallelFor int i = 0; i < a.length; i++) {
            // warning: This @ParallelFor loop calls what Weft cannot see into, and trusts it to change nothing the iterations share: `PrintStream.println()`, `Source.next()`. Check that they do not
            System.out.println(a[i]);
            out[i] = source.next();
            log("again");
        }
        return out;
    }

    static int[] throughAHelper(int[] a) {
        int[] out = new int[a.length];
        for (@ParallelFor int i = 0; i < a.length; i++) {
            out[i] = a[i] + 1;
            // warning: trusts it to change nothing the iterations share: `PrintStream.println()`
            log("row " + i);
        }
        return out;
    }

    @SuppressWarnings("weft:unseen-call")
    static int[] quiet(int[] a) {
        int[] out = new int[a.length];
        for (@ParallelFor int i = 0; i < a.length; i++) {
            System.out.println(a[i]);
            out[i] = a[i];
        }
        return out;
    }

    @SuppressWarnings({"unchecked", "weft:unseen-call"})
    static final class Quiet {
        static int[] alsoQuiet(int[] a) {
            int[] out = new int[a.length];
            for (@ParallelFor int i = 0; i < a.length; i++) {
                log("row");
                out[i] = a[i];
            }
            return out;
        }
    }

    /** Only what the JDK's table knows: no warning. */
    static String[] known(int[] a, List<String> names) {
        String[] out = new String[a.length];
        for (@ParallelFor int i = 0; i < a.length; i++) {
            String name = names.get(i % names.size()).strip().toUpperCase();
            BigInteger big = BigInteger.valueOf(a[i]).pow(3).mod(BigInteger.TEN);
            int jitter = ThreadLocalRandom.current().nextInt(1);
            long evens = names.stream().filter(each -> each.length() % 2 == 0).count();
            out[i] = Optional.ofNullable(name).orElse("") + Math.max(a[i], 0) + big + jitter + evens
                    + Integer.toHexString(a[i]) + String.valueOf(i).length();
        }
        return out;
    }

    @Parallelizable
    // warning at 16: @Parallelizable method logged(int) calls what Weft cannot see into, and trusts it to change nothing its parallel calls share: `PrintStream.println()`
    static int logged(int x) {
        log("x = " + x);
        return x * 2;
    }
}
