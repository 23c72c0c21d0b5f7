package io.github.cmaltkit.site.jbake;

import io.github.cmaltkit.KitCommand;
import io.github.cmaltkit.portfolio.PortfolioPath;
import io.github.cmaltkit.site.Stager;
import java.io.File;
import java.io.PrintStream;
import java.nio.file.Path;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;

/**
 * The one line {@code mvn jbake:generate} prints: what was baked, and where to open it. JBake's own
 * progress lines are turned off (.mvn/jvm.config), so without this a successful bake printed nothing.
 * A staged bake ({@code mvn package}, the preview, the tests) stays silent: the build's summary step
 * reports it, with more to say. When {@link DirectBake} could not stage the portfolio, the bake fails here
 * with its reason.
 */
public final class DirectBakeLine implements RenderingTool {

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        if (Boolean.parseBoolean(String.valueOf(config.get(Stager.STAGED_KEY)))) return 0;
        Object failed = config.get(DirectBake.FAILED_KEY);
        if (failed != null) {
            // JBake counts the error and the plugin fails the build; the reason is this one line.
            System.err.println("cmalt: " + failed);
            throw new RenderingException(String.valueOf(failed));
        }
        print(System.out, Sessions.of(db).portfolio(), config.getDestinationFolder().toPath(), Path.of("").toAbsolutePath());
        return 0;
    }

    @Override
    public int render(Renderer renderer, ContentStore db, File destination, File templates, CompositeConfiguration config) {
        return 0; // JBake 2.7 calls the other method; this one is kept for the interface only
    }

    static void print(PrintStream out, Path source, Path site, Path cwd) {
        out.println("Baked " + shown(source, cwd) + " into " + shown(site, cwd) + ": open " + shown(site.resolve("index.html"), cwd)
                + " in a browser (or `" + KitCommand.LAUNCHER + " preview` for pages that reload as you save).");
    }

    private static String shown(Path p, Path cwd) {
        Path abs = p.toAbsolutePath().normalize();
        return PortfolioPath.slashed((abs.startsWith(cwd) ? cwd.relativize(abs) : abs).toString());
    }
}
