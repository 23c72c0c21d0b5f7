package io.github.cmaltkit.site.jbake;

import io.github.cmaltkit.site.Audience;
import io.github.cmaltkit.site.BakeSession;
import io.github.cmaltkit.site.Stager;
import io.github.cmaltkit.site.kit.KitPage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jbake.app.Oven;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.parser.Engines;
import org.jbake.parser.ParserEngine;

/**
 * One bake in this JVM: stage the portfolio with the kit's templates, then bake the stage with JBake,
 * in one {@link BakeSession}. Used by the tests and the preview's comparisons; the Maven build bakes the
 * same stage with the jbake-maven-plugin, which reaches the same session through {@link Sessions}.
 */
public final class Bake {

    /** What a bake did: its session (the model, the findings, the view it baked) and JBake's errors (empty when it succeeded). */
    public record Result(BakeSession session, List<Throwable> errors) {
    }

    /**
     * Held while JBake works: its Markdown engines, document types and model extractors are the JVM's,
     * and each bake resets them, so two bakes in one JVM (tests in parallel) take turns.
     */
    static final Object LOCK = new Object();

    private final Path kitTemplates;
    private final Path stage;

    private Bake(Path kitTemplates, Path stage) {
        this.kitTemplates = kitTemplates;
        this.stage = stage;
    }

    /** Bakes with the kit's templates in {@code kitTemplates}, staging in {@code stage} (a folder of the kit's own, emptied first). */
    public static Bake of(Path kitTemplates, Path stage) {
        return new Bake(kitTemplates, stage);
    }

    /** Bakes {@code portfolio} into {@code out} for {@code audience}. */
    public Result run(Path portfolio, Path out, Audience audience) throws IOException, Stager.RefusedException {
        return run(portfolio, out, audience, new CommonmarkEngine());
    }

    /** As {@link #run(Path, Path, Audience)}, with another Markdown engine (a test shows the templates refuse JBake's own). */
    Result run(Path portfolio, Path out, Audience audience, ParserEngine markdown) throws IOException, Stager.RefusedException {
        Stager.stage(portfolio, kitTemplates, stage, out, audience);
        BakeSession session = BakeSession.of(portfolio, audience, KitPage.entries());
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(stage.toFile(), out.toFile(), true);
        synchronized (LOCK) {
            register(markdown);
            Sessions.use(config, session);
            Oven oven = new Oven(config);
            try {
                oven.bake();
            } finally {
                Sessions.end(config, oven.getUtensils().getContentStore());
                if (!(markdown instanceof CommonmarkEngine)) registerEngine();
            }
            return new Result(session, oven.getErrors());
        }
    }

    /**
     * Makes the kit's engine JBake's Markdown engine: JBake may list its own after ours on a classpath
     * (the jbake-maven-plugin's dependency order chooses ours there).
     */
    static void registerEngine() {
        register(new CommonmarkEngine());
    }

    private static void register(ParserEngine engine) {
        Engines.register("md", engine);
        Engines.register("markdown", engine);
    }
}
