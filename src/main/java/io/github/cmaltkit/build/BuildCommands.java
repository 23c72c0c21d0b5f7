package io.github.cmaltkit.build;

import io.github.cmaltkit.cli.Args;
import io.github.cmaltkit.cli.Main;
import io.github.cmaltkit.cli.UsageException;
import io.github.cmaltkit.export.Export;
import io.github.cmaltkit.portfolio.Portfolio;
import io.github.cmaltkit.site.BakeSummary;
import io.github.cmaltkit.site.Stager;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * The steps of {@code mvn package} around JBake's bake, which no candidate types: {@code stage} (copy the
 * portfolio, never writing into it, and the kit's templates into the bake's input), {@code summary} (check
 * the bake is complete, put it in place of the last site, print what was baked) and {@code export} (the
 * PDF and the zip). They fail as the candidate's commands do ({@link Main#guarded}).
 */
final class BuildCommands {

    static final List<String> NAMES = List.of("stage", "summary", "export");

    private BuildCommands() {
    }

    static int run(String command, List<String> args, PrintStream out, PrintStream err) {
        return Main.guarded(command, err, () -> switch (command) {
            case "stage" -> stage(args);
            case "summary" -> summary(args, out, err);
            case "export" -> export(args, out);
            default -> throw new IllegalArgumentException("not a build command: " + command);
        });
    }

    private static int export(List<String> args, PrintStream out) throws UsageException, IOException {
        Args a = Args.parse(args, List.of("--site", "--pdf", "--zip"), List.of());
        Path site = a.path("--site");
        Path pdf = a.path("--pdf");
        Path zip = a.path("--zip");
        Export.pdf(site, pdf);
        Export.zip(site, zip);
        out.println("Wrote " + pdf + " and " + zip);
        for (Path p : List.of(pdf, zip)) {
            String warning = Export.sizeWarning(p);
            if (warning != null) out.println(warning);
        }
        return Main.OK;
    }

    private static int stage(List<String> args) throws UsageException, IOException, Stager.RefusedException {
        Args a = Args.parse(args, List.of("--templates", "--stage", "--site", "--baked", "--direct"), List.of());
        Path portfolio = a.onePositional("PORTFOLIO_DIR");
        Stager.stage(portfolio, a.path("--templates"), a.path("--stage"), a.path("--site"));
        if (a.has("--baked")) Stager.prepareOutput(portfolio, a.path("--baked"));
        // The stage `mvn jbake:generate` and `mvn jbake:inline` start from (DirectBake refreshes it at each bake).
        if (a.has("--direct")) Stager.syncDirect(portfolio, a.path("--templates"), a.path("--direct"), a.path("--site"));
        return Main.OK;
    }

    private static int summary(List<String> args, PrintStream out, PrintStream err)
            throws UsageException, IOException, Portfolio.UnreadableException, Stager.RefusedException {
        Args a = Args.parse(args, List.of("--site", "--baked"), List.of());
        Path portfolio = a.onePositional("PORTFOLIO_DIR");
        Path site = a.path("--site");
        Path baked = a.has("--baked") ? a.path("--baked") : site;
        Portfolio read = Portfolio.read(portfolio);
        try {
            BakeSummary.verify(read, baked);
        } catch (BakeSummary.IncompleteBakeException e) {
            err.println("cmalt: " + e.getMessage() + (baked.equals(site) ? "" : ". The previous site in " + site + " is unchanged"));
            return Main.CANNOT_RUN;
        }
        if (!baked.equals(site)) Stager.replaceSite(portfolio, baked, site);
        for (String line : BakeSummary.lines(read, site, portfolio)) out.println(line);
        return Main.OK;
    }
}
