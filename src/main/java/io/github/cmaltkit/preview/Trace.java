package io.github.cmaltkit.preview;

/** Timings of the preview's steps on standard error, when {@code -Dcmalt.preview.trace=true} (for bench/preview.sh). */
final class Trace {

    private static final boolean ON = Boolean.getBoolean("cmalt.preview.trace");

    private Trace() {
    }

    static void of(String step, long startNanos) {
        if (ON) System.err.printf("trace %s: %.1f ms%n", step, (System.nanoTime() - startNanos) / 1e6);
    }
}
