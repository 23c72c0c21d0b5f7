package io.github.cmaltkit.cli;

import io.github.cmaltkit.preview.Preview;
import io.github.cmaltkit.site.Stager;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code cmalt preview [DIR] [--port N] [--templates DIR] [--work DIR] [--stop-on-eof]}: serves the
 * portfolio on 127.0.0.1 and keeps it up to date as files are saved, until Ctrl+C (or the end of
 * standard input, with {@code --stop-on-eof}, for scripts and tests).
 */
final class PreviewCommand {

    static final int DEFAULT_PORT = 8820;

    // JBake's configuration library reports a harmless bean quirk at INFO on every start; held here
    // because java.util.logging forgets loggers nobody references.
    private static final java.util.logging.Logger BEANUTILS = java.util.logging.Logger.getLogger("org.apache.commons.beanutils");

    private PreviewCommand() {
    }

    static int run(List<String> args, InputStream in, PrintStream out, PrintStream err, Path cwd)
            throws UsageException, IOException, Stager.RefusedException {
        Args a = Args.parse(args, List.of("--port", "--templates", "--work"), List.of("--stop-on-eof"));
        PortfolioDir.Found found = PortfolioDir.fromArgs(a, cwd);
        Path portfolio = found.dir();
        if (found.note() != null) err.println("cmalt preview: " + found.note());
        if (!Files.isDirectory(portfolio)) throw new UsageException(portfolio + ": no such portfolio folder");
        int port = port(a.value("--port", Integer.toString(DEFAULT_PORT)));
        Path templates = a.values.containsKey("--templates") ? a.path("--templates") : kitTemplates(cwd);
        Path work = a.values.containsKey("--work") ? a.path("--work") : Files.createTempDirectory("cmalt-preview-");

        BEANUTILS.setLevel(java.util.logging.Level.WARNING);
        // OrientDB (JBake's in-memory store) logs its start-up at INFO; only its severe messages matter here.
        if (System.getProperty("log.console.level") == null) System.setProperty("log.console.level", "SEVERE");
        if (System.getProperty("log.file.level") == null) System.setProperty("log.file.level", "SEVERE");
        long start = System.nanoTime();
        // Ctrl+C may come while the preview is still starting: the hook is there from the start, and stops
        // whatever has started (the JVM ends the start-up itself).
        AtomicReference<Preview> started = new AtomicReference<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            Preview p = started.get();
            if (p != null) p.close();
            out.println("Preview stopped.");
            stopped.countDown();
        }, "cmalt-preview-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        Preview preview;
        try {
            preview = Preview.start(portfolio, templates, work, port, out);
        } catch (BindException e) {
            Runtime.getRuntime().removeShutdownHook(hook);
            throw new UsageException("port " + port + " is in use (another preview, or `mvn jbake:inline`?): stop it, or choose another with --port N");
        } catch (IOException | Stager.RefusedException | RuntimeException e) {
            Runtime.getRuntime().removeShutdownHook(hook);
            throw e;
        }
        started.set(preview);
        preview.warmUp();
        out.printf("Previewing %s at %s (ready in %.1f s). Save a file and the open page reloads itself.%n",
                portfolio, preview.url(), (System.nanoTime() - start) / 1e9);
        out.println(a.flag("--stop-on-eof") ? "Close standard input or press Ctrl+C to stop." : "Press Ctrl+C to stop.");
        if (a.flag("--stop-on-eof")) {
            while (in.read() >= 0) {
                // wait for the end of input
            }
            preview.close();
            Runtime.getRuntime().removeShutdownHook(hook);
            out.println("Preview stopped.");
            return Main.OK;
        }
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Main.OK;
    }

    private static int port(String s) throws UsageException {
        try {
            int p = Integer.parseInt(s);
            if (p >= 0 && p <= 65535) return p;
        } catch (NumberFormatException e) {
            // below
        }
        throw new UsageException("--port needs a number from 1 to 65535, got \"" + s + "\"");
    }

    /**
     * The kit's templates: {@code templates/} beside {@code pom.xml} here, or beside the {@code target/}
     * folder that holds the jar. A {@code templates/} alone may be a portfolio's own (standing in it).
     */
    static Path kitTemplates(Path cwd) throws UsageException {
        if (isKit(cwd)) return cwd.resolve("templates");
        try {
            Path jar = Path.of(PreviewCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = jar.getParent(); p != null; p = p.getParent()) {
                if (isKit(p)) return p.resolve("templates");
            }
        } catch (URISyntaxException | RuntimeException e) {
            // fall through to the message
        }
        throw new UsageException("cannot find the kit's templates/ folder: run this in the kit's folder, or give --templates DIR");
    }

    private static boolean isKit(Path dir) {
        return Files.isDirectory(dir.resolve("templates")) && Files.isRegularFile(dir.resolve("pom.xml"));
    }
}
