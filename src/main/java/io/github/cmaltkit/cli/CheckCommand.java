package io.github.cmaltkit.cli;

import io.github.cmaltkit.check.CheckOptions;
import io.github.cmaltkit.check.CheckResult;
import io.github.cmaltkit.check.Checker;
import io.github.cmaltkit.portfolio.Portfolio;
import io.github.cmaltkit.report.CheckReport;
import io.github.cmaltkit.report.Format;
import io.github.cmaltkit.report.Reports;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * {@code cmalt check PORTFOLIO_DIR [--format text|json|github|sarif] [--offline] [--path-prefix P]
 * [--no-color]}: runs the checker and prints its report. Exit 0: no error finding; 1: at least one
 * error; 2: the check could not run (reported by {@link Main}).
 */
final class CheckCommand {

    private final BiFunction<Portfolio, CheckOptions, CheckResult> checker;
    private final Predicate<PrintStream> isTerminal;
    private final Function<String, String> env;

    /** The real checker, colour when standard output is a terminal, the process environment. */
    CheckCommand() {
        this(Checker::check, out -> out == System.out && System.console() != null, System::getenv);
    }

    /**
     * @param checker    runs the rules (tests inject fixed findings)
     * @param isTerminal whether a stream is a terminal (colour is used only then)
     * @param env        environment variables (NO_COLOR)
     */
    CheckCommand(BiFunction<Portfolio, CheckOptions, CheckResult> checker, Predicate<PrintStream> isTerminal,
                 Function<String, String> env) {
        this.checker = checker;
        this.isTerminal = isTerminal;
        this.env = env;
    }

    int run(List<String> args, PrintStream out, PrintStream err) throws UsageException, Portfolio.UnreadableException {
        Args a = Args.parse(args, List.of("--format", "--path-prefix"), List.of("--offline", "--no-color", "--help"));
        if (a.flag("--help")) {
            usage(out);
            return Main.OK;
        }
        String formatId = a.value("--format", Format.TEXT.id());
        Format format = Format.of(formatId).orElseThrow(() -> new UsageException(
                "unknown format \"" + formatId + "\": use --format " + Format.choices()));
        Path folder = a.onePositional("PORTFOLIO_DIR");
        String shown = shownFolder(a.positionals.get(0));
        Portfolio portfolio = Portfolio.read(folder);

        CheckResult result = checker.apply(portfolio, new CheckOptions(a.flag("--offline")));
        CheckReport report = CheckReport.of(result, shown);
        String noColor = env.apply("NO_COLOR");
        boolean colour = !a.flag("--no-color") && (noColor == null || noColor.isEmpty()) && isTerminal.test(out);
        String prefix = a.values.containsKey("--path-prefix") ? a.value("--path-prefix", "") : defaultPrefix(shown);
        out.print(Reports.render(format, report, colour, prefix));
        out.flush();
        return result.hasErrors() ? Main.FINDINGS : Main.OK;
    }

    /** The folder as the candidate typed it, without trailing separators ("my-portfolio/" → "my-portfolio"). */
    static String shownFolder(String typed) {
        String s = typed;
        while (s.length() > 1 && (s.endsWith("/") || s.endsWith("\\"))) s = s.substring(0, s.length() - 1);
        return s;
    }

    /**
     * Annotations need paths from the repository root: the folder as typed, except that an absolute
     * folder inside the GitHub Actions workspace (e.g. {@code ${{ github.workspace }}/portfolio}) is
     * made relative to it.
     */
    String defaultPrefix(String shown) {
        String workspace = env.apply("GITHUB_WORKSPACE");
        if (workspace == null || workspace.isBlank()) return shown;
        try {
            Path folder = Path.of(shown);
            Path root = Path.of(workspace).toAbsolutePath().normalize();
            if (!folder.isAbsolute()) return shown;
            Path normal = folder.normalize();
            return normal.startsWith(root) ? root.relativize(normal).toString().replace('\\', '/') : shown;
        } catch (InvalidPathException e) {
            return shown;
        }
    }

    static void usage(PrintStream s) {
        s.println("Usage: java -jar target/cmalt.jar check PORTFOLIO_DIR [options]");
        s.println();
        s.println("  --format text|json|github|sarif   text (default): a report to read; json: for scripts;");
        s.println("                                    github: GitHub Actions annotations; sarif: code scanning");
        s.println("  --offline                         do not fetch web links (local files and anchors are still checked)");
        s.println("  --path-prefix P                   github/sarif: the portfolio folder relative to the repository root");
        s.println("                                    (default: PORTFOLIO_DIR as given, made relative to GITHUB_WORKSPACE)");
        s.println("  --no-color                        no colours, even in a terminal (so does NO_COLOR=1)");
        s.println();
        s.println("Exit status: 0 no errors (warnings allowed), 1 at least one error, 2 the check could not run.");
        s.println("See docs/checker.md.");
    }
}
