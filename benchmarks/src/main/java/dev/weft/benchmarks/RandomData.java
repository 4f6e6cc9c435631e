package dev.weft.benchmarks;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/** Inputs filled the same way on every run, so that runs compare. */
final class RandomData {
    private RandomData() {}

    static double[] doubles(int length, long seed) {
        return new SplittableRandom(seed).doubles(length).toArray();
    }

    /**
     * A text of {@code count} words drawn from a vocabulary of {@code vocabulary} made-up words of
     * three to nine letters, the first words of the vocabulary far more often than the last, as in
     * prose.
     */
    static String[] words(int count, int vocabulary, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] dictionary = new String[vocabulary];
        for (int w = 0; w < vocabulary; w++) {
            char[] letters = new char[3 + random.nextInt(7)];
            for (int c = 0; c < letters.length; c++) {
                letters[c] = (char) ('a' + random.nextInt(26));
            }
            dictionary[w] = new String(letters);
        }
        String[] words = new String[count];
        for (int i = 0; i < count; i++) {
            double u = random.nextDouble();
            words[i] = dictionary[(int) (vocabulary * u * u * u)];
        }
        return words;
    }

    static List<Integer> indices(int count) {
        return IntStream.range(0, count).boxed().toList();
    }
}
