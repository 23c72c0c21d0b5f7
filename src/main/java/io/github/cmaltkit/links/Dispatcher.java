package io.github.cmaltkit.links;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * The one place where the per-host and global limits are kept: every request of a link check is a
 * job here, started on an executor with at most {@code perHost} jobs a host and {@code global} in
 * all, taking hosts in turn, so that one busy host never holds up the others.
 */
final class Dispatcher {

    private final int perHost;
    private final int global;
    private final Executor executor;
    private final Map<String, ArrayDeque<Runnable>> waiting = new LinkedHashMap<>();
    private final Map<String, Integer> running = new HashMap<>();
    private int runningTotal;

    Dispatcher(int perHost, int global, Executor executor) {
        this.perHost = perHost;
        this.global = global;
        this.executor = executor;
    }

    synchronized void submit(String host, Runnable job) {
        waiting.computeIfAbsent(host, h -> new ArrayDeque<>()).add(job);
        pump();
    }

    /**
     * Like {@link #submit}, ahead of the host's other waiting jobs: the next request of a link already
     * started goes before the first requests of links not started, so links finish in about the order
     * they began (and what one answer taught, e.g. that a host serves HTML, helps the links after it).
     */
    synchronized void submitFirst(String host, Runnable job) {
        waiting.computeIfAbsent(host, h -> new ArrayDeque<>()).addFirst(job);
        pump();
    }

    private synchronized void done(String host) {
        runningTotal--;
        running.merge(host, -1, Integer::sum);
        pump();
    }

    private void pump() {
        boolean started = true;
        while (started && runningTotal < global) {
            started = false;
            for (Iterator<Map.Entry<String, ArrayDeque<Runnable>>> it = waiting.entrySet().iterator();
                    it.hasNext() && runningTotal < global; ) {
                Map.Entry<String, ArrayDeque<Runnable>> e = it.next();
                String host = e.getKey();
                if (running.getOrDefault(host, 0) >= perHost) continue;
                Runnable job = e.getValue().poll();
                if (e.getValue().isEmpty()) it.remove();
                running.merge(host, 1, Integer::sum);
                runningTotal++;
                started = true;
                executor.execute(() -> {
                    try {
                        job.run();
                    } finally {
                        done(host);
                    }
                });
            }
        }
    }
}
