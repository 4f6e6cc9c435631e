package dev.weft.benchmarks.report;

/**
 * One target checked against this run's figures.
 *
 * @param target what was aimed at
 * @param measured what this run got, in words
 * @param met whether it was reached; null when this run could not measure it
 */
record Verdict(String target, String measured, Boolean met) {

    static Verdict notMeasured(String target, String why) {
        return new Verdict(target, why, null);
    }

    String status() {
        return met == null ? "not measured" : met ? "met" : "**missed**";
    }
}
