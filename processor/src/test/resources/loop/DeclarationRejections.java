package loop;

import dev.weft.ParallelFor;
import java.io.IOException;

class DeclarationRejections {

    static String[] multiCatch(int n) {
        String[] out = new String[n];
        try {
            if (n > 1) {
                throw new IOException("x");
            }
        } catch (IOException | IllegalStateException e) {
            for (@ParallelFor int i = 0; i < n; i++) {
                // error at 26: `e` is the parameter of a multi-catch, of type `IOException | IllegalStateException`, which no parameter can declare
                out[i] = e == null ? "" : "caught " + i;
            }
        }
        return out;
    }
}
