package io.github.cmaltkit.check;

import io.github.cmaltkit.links.WebLinkResult;
import io.github.cmaltkit.links.WebLinkVerifier;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A portfolio's web links being checked on a thread of their own, started as soon as the links are
 * known: a check spends most of its time waiting on the network, and the rules that do not read the
 * results run meanwhile (in bench/links, the check's own rules and report then cost no wall time).
 */
final class WebCheck {

    private final FutureTask<Map<String, WebLinkResult>> task;
    private final Thread thread;

    private WebCheck(FutureTask<Map<String, WebLinkResult>> task, Thread thread) {
        this.task = task;
        this.thread = thread;
    }

    /** Starts {@code verifier} on {@code urls}. */
    static WebCheck start(WebLinkVerifier verifier, Collection<String> urls) {
        FutureTask<Map<String, WebLinkResult>> task = new FutureTask<>(() -> verifier.verify(urls));
        Thread t = new Thread(task, "cmalt-weblinks");
        t.setDaemon(true); // a rule that fails ends the command without waiting for the network
        WebCheck check = new WebCheck(task, t);
        t.start();
        return check;
    }

    /** No link to check: the results are known (none). */
    static WebCheck none() {
        FutureTask<Map<String, WebLinkResult>> task = new FutureTask<>(Map::of);
        task.run();
        return new WebCheck(task, null);
    }

    /**
     * The verifier's results (an empty map for null), once it is done. What the verifier threw is
     * thrown here, as when it ran on the caller's thread. An interrupt of the waiting thread is passed
     * on to the verifier (which then ends its links as interrupted) and kept.
     */
    Map<String, WebLinkResult> results() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    Map<String, WebLinkResult> r = task.get();
                    return r == null ? Map.of() : r;
                } catch (InterruptedException e) {
                    interrupted = true;
                    if (thread != null) thread.interrupt();
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }
}
