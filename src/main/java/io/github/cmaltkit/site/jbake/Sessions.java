package io.github.cmaltkit.site.jbake;

import io.github.cmaltkit.site.Audience;
import io.github.cmaltkit.site.BakeSession;
import io.github.cmaltkit.site.Stager;
import io.github.cmaltkit.site.kit.KitPage;
import java.nio.file.Path;
import java.util.Map;
import java.util.WeakHashMap;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.DelegatingTemplateEngine;

/**
 * Which {@link BakeSession} a JBake bake belongs to. JBake makes the kit's engine, model extractor and
 * rendering tools itself (ServiceLoader, reflection) and hands them only its configuration or its content
 * store, so the session is found by those: the engine knows the configuration, the extractor the store,
 * the tools both. {@link DirectBake} is built with both before any file is read, and ties them together
 * ({@link #bind}). The one static state of the kit's bakes; weak, so a finished bake's session goes with
 * its store.
 */
final class Sessions {

    private static final Map<JBakeConfiguration, BakeSession> BY_CONFIG = new WeakHashMap<>();
    private static final Map<ContentStore, BakeSession> BY_STORE = new WeakHashMap<>();
    /** JBake's template engine for a store's kit pages, made once per store. */
    private static final Map<ContentStore, DelegatingTemplateEngine> ENGINES = new WeakHashMap<>();

    private Sessions() {
    }

    /** Makes {@code session} the session of the bake configured by {@code config} (before JBake is started with it). */
    static synchronized void use(JBakeConfiguration config, BakeSession session) {
        BY_CONFIG.put(config, session);
    }

    /** Ties the store JBake made for {@code config} to the configuration's session. */
    static synchronized void bind(JBakeConfiguration config, ContentStore db) {
        BY_STORE.put(db, of(config));
    }

    /**
     * The session of the bake configured by {@code config}; for a bake the kit did not start (the
     * jbake-maven-plugin's), a new one for the portfolio and audience the staged settings name.
     */
    static synchronized BakeSession of(JBakeConfiguration config) {
        return BY_CONFIG.computeIfAbsent(config, Sessions::fromSettings);
    }

    /** The session of the bake that made {@code db}. */
    static synchronized BakeSession of(ContentStore db) {
        BakeSession s = BY_STORE.get(db);
        if (s == null) throw new IllegalStateException("no CMALT bake is running with this JBake store");
        return s;
    }

    /** JBake's template engine for this store's templates, made once. */
    static DelegatingTemplateEngine engine(ContentStore db, JBakeConfiguration config) {
        // Under a lock of its own: making the engine builds DirectBake, which binds.
        synchronized (ENGINES) {
            DelegatingTemplateEngine e = ENGINES.get(db);
            if (e == null) {
                e = new DelegatingTemplateEngine(db, config);
                ENGINES.put(db, e);
            }
            return e;
        }
    }

    /** Forgets the bake of {@code config} and {@code db}: it is over. */
    static void end(JBakeConfiguration config, ContentStore db) {
        synchronized (Sessions.class) {
            BY_CONFIG.remove(config);
            BY_STORE.remove(db);
        }
        synchronized (ENGINES) {
            ENGINES.remove(db);
        }
    }

    /** The session the staged settings describe: the portfolio folder the stage came from, and the audience. */
    private static BakeSession fromSettings(JBakeConfiguration config) {
        Path portfolio = portfolioDir(config);
        try {
            return BakeSession.of(portfolio, Audience.of(config.get(Audience.KEY)), KitPage.entries());
        } catch (IllegalArgumentException e) {
            return BakeSession.withBadAudience(portfolio, e.getMessage(), KitPage.entries());
        }
    }

    /** The portfolio folder a bake reads: the staged one's origin, or JBake's source folder when baked in place. */
    static Path portfolioDir(JBakeConfiguration config) {
        Object staged = stagedPortfolio(config);
        return staged != null && !String.valueOf(staged).isBlank() ? Path.of(String.valueOf(staged)) : config.getSourceFolder().toPath();
    }

    /** The portfolio folder the stage was made from, as the stager wrote it in the stage's settings (null if none). */
    static Object stagedPortfolio(JBakeConfiguration config) {
        return config.get(Stager.PORTFOLIO_KEY);
    }
}
