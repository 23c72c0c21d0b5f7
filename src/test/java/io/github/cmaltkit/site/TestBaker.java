package io.github.cmaltkit.site;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.jbake.app.Oven;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.parser.Engines;
import org.jbake.parser.ParserEngine;

/**
 * Bakes a portfolio in this JVM the way {@code mvn package -Dportfolio=DIR} does: stage, then JBake.
 * On the test classpath jbake-core's own descriptor may be read after ours, so the engine for
 * {@code md} is chosen explicitly here (the Maven build's ordering is exercised by the build itself).
 */
final class TestBaker {

    static final Path KIT = Path.of(System.getProperty("cmalt.kit.dir", ".")).toAbsolutePath().normalize();

    private TestBaker() {
    }

    static List<Throwable> bake(Path portfolio, Path stage, Path site) throws Exception {
        return bake(portfolio, stage, site, new CommonmarkEngine());
    }

    static List<Throwable> bake(Path portfolio, Path stage, Path site, ParserEngine markdownEngine) throws Exception {
        return bake(portfolio, stage, site, markdownEngine, Audience.LOCAL);
    }

    /** A bake for {@code audience}, as {@code mvn package -Dcmalt.audience=public} makes the published site. */
    static List<Throwable> bake(Path portfolio, Path stage, Path site, Audience audience) throws Exception {
        return bake(portfolio, stage, site, new CommonmarkEngine(), audience);
    }

    private static List<Throwable> bake(Path portfolio, Path stage, Path site, ParserEngine markdownEngine, Audience audience) throws Exception {
        Stager.stage(portfolio, KIT.resolve("templates"), stage, site, audience);
        Engines.register("md", markdownEngine);
        Engines.register("markdown", markdownEngine);
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(stage.toFile(), site.toFile(), true);
        Oven oven = new Oven(config);
        oven.bake();
        return oven.getErrors();
    }

    static File kitFile(String path) {
        return KIT.resolve(path).toFile();
    }
}
