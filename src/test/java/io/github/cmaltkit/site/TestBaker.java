package io.github.cmaltkit.site;

import io.github.cmaltkit.site.jbake.Bake;
import java.io.File;
import java.nio.file.Path;
import java.util.List;

/** Bakes a portfolio in this JVM the way {@code mvn package -Dportfolio=DIR} does: stage, then JBake ({@link Bake}). */
public final class TestBaker {

    public static final Path KIT = Path.of(System.getProperty("cmalt.kit.dir", ".")).toAbsolutePath().normalize();

    private TestBaker() {
    }

    /** A local bake; JBake's errors (empty when it succeeded). */
    public static List<Throwable> bake(Path portfolio, Path stage, Path site) throws Exception {
        return bake(portfolio, stage, site, Audience.LOCAL);
    }

    /** A bake for {@code audience}, as {@code mvn package -Dcmalt.audience=public} makes the published site. */
    public static List<Throwable> bake(Path portfolio, Path stage, Path site, Audience audience) throws Exception {
        return run(portfolio, stage, site, audience).errors();
    }

    /** A bake, with its session (what it read and checked). */
    public static Bake.Result run(Path portfolio, Path stage, Path site, Audience audience) throws Exception {
        return Bake.of(KIT.resolve("templates"), stage).run(portfolio, site, audience);
    }

    static File kitFile(String path) {
        return KIT.resolve(path).toFile();
    }
}
