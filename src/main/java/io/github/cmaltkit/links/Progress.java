package io.github.cmaltkit.links;

import java.io.PrintStream;

/** "Checking web links: 120/400" on one line of a terminal, redrawn at most every {@code everyMillis}. */
final class Progress {

    private final PrintStream out;
    private final int total;
    private final long everyNanos;
    private int done;
    private long lastDraw;

    Progress(PrintStream out, int total, long everyMillis) {
        this.out = out;
        this.total = total;
        this.everyNanos = everyMillis * 1_000_000L;
        this.lastDraw = System.nanoTime() - everyNanos;
    }

    synchronized void step() {
        done++;
        long now = System.nanoTime();
        if (out != null && (now - lastDraw >= everyNanos || done == total)) {
            lastDraw = now;
            out.print("\rChecking web links: " + done + "/" + total);
            if (done == total) out.println();
            out.flush();
        }
    }
}
