package io.github.cmaltkit.preview;

import io.github.cmaltkit.check.CheckResult;
import io.github.cmaltkit.check.Finding;
import io.github.cmaltkit.portfolio.Portfolio;
import io.github.cmaltkit.portfolio.PortfolioPath;
import io.github.cmaltkit.site.Stager;
import io.github.cmaltkit.site.jbake.WarmBake;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The live preview: a warm JBake ({@link WarmSite}), a watcher on the portfolio and the kit's
 * templates, the checker's findings, and a loopback web server ({@link PreviewServer}) that adds the
 * findings panel and the reload script to every page it serves. Writes only into its work folder.
 */
public final class Preview implements AutoCloseable {

    private final Path portfolio;
    private final Path kitTemplates;
    private final WarmSite site;
    private final PreviewServer server;
    private final Watcher watcher;
    private final PrintStream log;
    private final Object lock = new Object();

    /** Counts updates; pages carry it, and the browser reloads when it moves on. */
    private long generation = 1;
    private CompletableFuture<Findings> findings;
    private final ExecutorService checker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "cmalt-preview-checker");
        t.setDaemon(true);
        return t;
    });
    private String siteProblem;

    private Preview(Path portfolio, Path kitTemplates, Path work, int port, PrintStream log) throws IOException, Stager.RefusedException {
        this.portfolio = portfolio.toAbsolutePath().normalize();
        this.kitTemplates = kitTemplates.toAbsolutePath().normalize();
        this.log = log;
        Stager.refuseOverlap(portfolio, work, "The preview's work folder");
        site = new WarmSite(portfolio, kitTemplates, work);
        site.restart();
        startFindings();
        server = new PreviewServer(this, new InetSocketAddress("127.0.0.1", port));
        watcher = new Watcher(List.of(this.portfolio, this.kitTemplates), this::changed);
    }

    /**
     * Starts previewing {@code portfolio} on 127.0.0.1:{@code port} (0: any free port).
     *
     * @param work the preview's own folder for staged input and rendered pages, outside the portfolio
     */
    public static Preview start(Path portfolio, Path kitTemplates, Path work, int port, PrintStream log)
            throws IOException, Stager.RefusedException {
        // Ctrl+C must not close JBake's store under a start-up or an update still using it: the preview closes it itself.
        WarmBake.closeStoresYourself();
        return new Preview(portfolio, kitTemplates, work, port, log);
    }

    /** Where the preview is served, e.g. {@code http://127.0.0.1:8820/}. */
    public String url() {
        return "http://127.0.0.1:" + server.port() + "/";
    }

    /** Renders every page once in the background, so the first visits and edits find the code warm. */
    public void warmUp() {
        Thread t = new Thread(() -> {
            List<String> uris;
            synchronized (lock) {
                uris = new ArrayList<>(site.pageUris());
            }
            for (String uri : uris) page(uri);
            findings();
        }, "cmalt-preview-warm-up");
        t.setDaemon(true);
        t.start();
    }

    long generation() {
        synchronized (lock) {
            return generation;
        }
    }

    /** Waits until the generation passes {@code since} or the time is up; returns the generation. */
    long awaitChange(long since, long timeoutMs) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMs;
        synchronized (lock) {
            while (generation <= since) {
                long left = end - System.currentTimeMillis();
                if (left <= 0) break;
                lock.wait(left);
            }
            return generation;
        }
    }

    /** The page, rendered if needed, with the generation it belongs to; null if the site has no such page. */
    PageView page(String uri) {
        synchronized (lock) {
            if (siteProblem != null) return new PageView(new WarmSite.Rendered(null, siteProblem, null), generation);
            WarmSite.Rendered r = site.page(uri);
            return r == null ? null : new PageView(r, generation);
        }
    }

    record PageView(WarmSite.Rendered rendered, long generation) {
    }

    /** The checker's findings for this generation (offline, as the bake's kit pages use them). */
    Findings findings() {
        CompletableFuture<Findings> f;
        synchronized (lock) {
            f = findings;
        }
        return f.join();
    }

    /** Starts the checker for the current generation, beside the rendering (it reads the portfolio itself). */
    private void startFindings() {
        findings = CompletableFuture.supplyAsync(() -> {
            long t0 = System.nanoTime();
            try {
                // The model the bake of this generation read (the same files, unchanged since): read once for both.
                CheckResult result = site.session().checked();
                Trace.of("findings", t0);
                return new Findings(result.findings(), null);
            } catch (Portfolio.UnreadableException e) {
                return new Findings(List.of(), e.getMessage());
            } catch (RuntimeException e) {
                return new Findings(List.of(), "the checker stopped: " + e);
            }
        }, checker);
    }

    record Findings(List<Finding> all, String problem) {
    }

    /** The source file (portfolio-relative) of a page, or null. */
    String sourceOf(String uri) {
        synchronized (lock) {
            return site.sourceOf(uri);
        }
    }

    /** The source files (portfolio-relative) that have a page of their own. */
    Set<String> sources() {
        synchronized (lock) {
            Set<String> out = new java.util.HashSet<>();
            for (String uri : site.pageUris()) {
                String source = site.sourceOf(uri);
                if (source != null) out.add(source);
            }
            return out;
        }
    }

    Path portfolio() {
        return portfolio;
    }

    private void changed(Set<Path> batch) {
        long start = System.nanoTime();
        synchronized (lock) {
            try {
                apply(batch);
                siteProblem = null;
                // The edited pages first, before the browser is told: its reload then finds them ready.
                renderEdited(batch);
            } catch (IOException | Stager.RefusedException | RuntimeException e) {
                // Never stop the preview for a change: show the problem in the page until the next save.
                siteProblem = "The preview could not read the change: " + e.getMessage();
            }
            startFindings();
            generation++;
            lock.notifyAll();
        }
        log.printf("Updated in %d ms: %s%n", (System.nanoTime() - start) / 1_000_000, describe(batch));
    }

    private void apply(Set<Path> batch) throws IOException, Stager.RefusedException {
        Path content = portfolio.resolve("content");
        boolean restart = false;
        boolean settings = false;
        boolean assets = false;
        List<Path> contentChanges = new ArrayList<>();
        for (Path p : batch) {
            if (p == null || p.startsWith(kitTemplates) || p.startsWith(portfolio.resolve("templates"))
                    || p.equals(portfolio.resolve("jbake.properties")) || p.equals(portfolio.resolve("content"))) {
                restart = true;
            } else if (p.equals(portfolio.resolve("portfolio.yml"))) {
                settings = true;
            } else if (p.startsWith(content)) {
                contentChanges.add(p);
            } else {
                assets = true; // assets, or anything else the checker may look at
            }
        }
        if (restart) {
            site.restart();
        } else {
            if (!contentChanges.isEmpty()) site.updateContent(Set.copyOf(contentChanges));
            if (settings) site.updateSettings();
            if (assets) site.touch();
        }
    }

    /** Renders the pages of the batch's content files (the page being edited is most likely one). */
    private void renderEdited(Set<Path> batch) {
        Set<String> edited = new java.util.HashSet<>();
        for (Path p : batch) {
            if (p != null && p.startsWith(portfolio)) edited.add(PortfolioPath.relative(portfolio, p));
        }
        for (String uri : List.copyOf(site.pageUris())) {
            if (edited.contains(site.sourceOf(uri))) site.page(uri);
        }
    }

    private String describe(Set<Path> batch) {
        List<String> names = new ArrayList<>();
        for (Path p : batch) {
            if (names.size() == 3) {
                names.add("…");
                break;
            }
            names.add(p == null ? "(many files)" : p.startsWith(portfolio) ? portfolio.relativize(p).toString() : p.toString());
        }
        return String.join(", ", names);
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            // stopping anyway
        }
        server.close();
        checker.shutdownNow();
        synchronized (lock) {
            site.close();
        }
    }
}
