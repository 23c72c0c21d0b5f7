package io.github.cmaltkit.site.jbake;

import io.github.cmaltkit.site.Stager;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.io.monitor.FileAlterationListenerAdaptor;
import org.apache.commons.io.monitor.FileAlterationMonitor;
import org.apache.commons.io.monitor.FileAlterationObserver;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.AbstractTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

/**
 * Lets {@code mvn jbake:generate} and {@code mvn jbake:inline} bake any portfolio folder with the kit's
 * settings. The plugin can only be told a folder, and JBake takes its settings from that folder's
 * jbake.properties, so the plugin is given the kit's own stage ({@code target/jbake-input}, which
 * {@code mvn package} first writes) instead of the portfolio. JBake builds its template engines before it
 * reads a file of content; this one renders nothing: it brings the stage up to date with the portfolio
 * the build names ({@code -Dportfolio}, else {@code portfolio/}, else the sample), applies that bake's
 * settings, and empties the site so that it shows that portfolio alone.
 *
 * <p>Built by JBake with the bake's configuration and store before any file is read, it also ties the
 * two to the bake's session ({@link Sessions#bind}), for every bake.
 *
 * <p>The plugin's watcher watches the stage; a watcher of the portfolio started here mirrors each edit
 * into the stage, which the plugin's watcher then sees, and bakes again.
 */
public final class DirectBake extends AbstractTemplateEngine {

    /** Set once the stage is refreshed for a bake: JBake makes template engines again while rendering. */
    private static final String PREPARED_KEY = "cmalt.direct.prepared";
    /** Why the stage could not be refreshed; the bake then fails with it ({@link DirectBakeLine}). */
    static final String FAILED_KEY = "cmalt.direct.failed";
    /** How often the portfolio is looked at for edits, as JBake's own watcher does with the stage. */
    private static final long POLL_MS = 500;

    private static FileAlterationMonitor monitor;
    private static Path watched;

    public DirectBake(JBakeConfiguration config, ContentStore db) {
        super(config, db);
        prepare(config);
        Sessions.bind(config, db);
    }

    /** Refreshes the stage of a bake of JBake's own goals; does nothing for any other bake. */
    static void prepare(JBakeConfiguration config) {
        if (!Boolean.parseBoolean(String.valueOf(config.get(Stager.DIRECT_KEY))) || config.get(PREPARED_KEY) != null) return;
        config.setProperty(PREPARED_KEY, "true");
        Path stage = config.getSourceFolder().toPath();
        Path site = config.getDestinationFolder().toPath();
        Object named = config.get(Stager.BUILD_PORTFOLIO_PROPERTY);
        Path portfolio = Path.of(String.valueOf(named != null ? named : Sessions.stagedPortfolio(config)));
        Path templates = Path.of(String.valueOf(config.get(Stager.TEMPLATES_KEY)));
        try {
            Map<String, String> settings = Stager.syncDirect(portfolio, templates, stage, site);
            // The settings were read before this refresh: the bake uses the refreshed ones.
            for (var e : settings.entrySet()) {
                if (!Objects.equals(String.valueOf(config.get(e.getKey())), e.getValue())) config.setProperty(e.getKey(), e.getValue());
            }
            Stager.emptySite(portfolio, site);
            watch(portfolio, templates, stage, site);
        } catch (java.io.IOException | Stager.RefusedException | RuntimeException e) {
            String why = e instanceof java.io.IOException ? "could not read or write a file: " + e.getMessage() : e.getMessage();
            config.setProperty(FAILED_KEY, why);
        }
    }

    /** Mirrors edits of the portfolio (and of the kit's templates) into the stage, once per Maven run. */
    private static synchronized void watch(Path portfolio, Path templates, Path stage, Path site) throws java.io.IOException {
        Path p = portfolio.toAbsolutePath().normalize();
        if (p.equals(watched)) return;
        if (monitor != null) stopWatching();
        Changes onChange = new Changes(() -> {
            try {
                Stager.syncDirect(portfolio, templates, stage, site);
            } catch (java.io.IOException | Stager.RefusedException | RuntimeException e) {
                // A change in the stage all the same, so that JBake bakes again and that bake says why
                // (the next mirror removes the file).
                try {
                    java.nio.file.Files.writeString(stage.resolve(".mirror-failed"), String.valueOf(e.getMessage()));
                } catch (java.io.IOException ignored) {
                    // the stage itself is gone: JBake's next bake fails on it
                }
            }
        });
        FileAlterationObserver own = new FileAlterationObserver(p.toFile());
        FileAlterationObserver kit = new FileAlterationObserver(templates.toFile());
        own.addListener(onChange);
        kit.addListener(onChange);
        monitor = new FileAlterationMonitor(POLL_MS, own, kit);
        monitor.setThreadFactory(r -> {
            Thread t = new Thread(r, "cmalt-jbake-watch");
            t.setDaemon(true);
            return t;
        });
        try {
            monitor.start();
        } catch (Exception e) {
            throw new java.io.IOException("could not watch " + p + ": " + e.getMessage(), e);
        }
        watched = p;
    }

    /** Gathers one look's changes, then mirrors them once (a folder's files report its own changes). */
    private static final class Changes extends FileAlterationListenerAdaptor {
        private final Runnable sync;
        private boolean changed;

        Changes(Runnable sync) {
            this.sync = sync;
        }

        @Override
        public void onStop(FileAlterationObserver observer) {
            if (changed) sync.run();
            changed = false;
        }

        @Override
        public void onFileChange(java.io.File file) {
            changed = true;
        }

        @Override
        public void onFileCreate(java.io.File file) {
            changed = true;
        }

        @Override
        public void onFileDelete(java.io.File file) {
            changed = true;
        }
    }

    private static void stopWatching() {
        try {
            monitor.stop(0);
        } catch (Exception e) {
            // already stopped
        }
        monitor = null;
        watched = null;
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        throw new RenderingException("the kit's stage engine renders no template (" + templateName + ")");
    }
}
