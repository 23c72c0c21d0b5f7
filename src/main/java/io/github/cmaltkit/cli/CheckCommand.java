package io.github.cmaltkit.cli;

import io.github.cmaltkit.KitCommand;
import io.github.cmaltkit.check.CheckOptions;
import io.github.cmaltkit.check.CheckResult;
import io.github.cmaltkit.check.Checker;
import io.github.cmaltkit.check.rules.Rules;
import io.github.cmaltkit.links.HttpLinkVerifier;
import io.github.cmaltkit.links.WebLinkVerifier;
import io.github.cmaltkit.portfolio.PortfolioPath;
import java.time.Duration;
import io.github.cmaltkit.portfolio.Portfolio;
import io.github.cmaltkit.portfolio.Settings;
import java.nio.file.Files;
import java.util.ArrayList;
import io.github.cmaltkit.report.CheckReport;
import io.github.cmaltkit.report.CohortReport;
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
    private final java.util.function.Supplier<WebLinkVerifier> webLinks;

    /** The real checker, colour when standard output is a terminal, the process environment. */
    CheckCommand() {
        this((p, o) -> Checker.check(p, Rules.all(), o), out -> out == System.out && System.console() != null, System::getenv, null);
    }

    /**
     * @param checker    runs the rules (tests inject fixed findings)
     * @param isTerminal whether a stream is a terminal (colour is used only then)
     * @param env        environment variables (NO_COLOR)
     */
    CheckCommand(BiFunction<Portfolio, CheckOptions, CheckResult> checker, Predicate<PrintStream> isTerminal,
                 Function<String, String> env) {
        this(checker, isTerminal, env, () -> null);
    }

    /** @param webLinks makes the web-link checker, once per run (null: the real one, from the command line) */
    CheckCommand(BiFunction<Portfolio, CheckOptions, CheckResult> checker, Predicate<PrintStream> isTerminal,
                 Function<String, String> env, java.util.function.Supplier<WebLinkVerifier> webLinks) {
        this.webLinks = webLinks;
        this.checker = checker;
        this.isTerminal = isTerminal;
        this.env = env;
    }

    /** Findings the build's short summary lists before "… and N more". */
    static final int SUMMARY_FINDINGS = 10;

    int run(List<String> args, PrintStream out, PrintStream err) throws UsageException, Portfolio.UnreadableException {
        return run(args, out, err, Path.of(""));
    }

    /** Runs the check from the folder {@code cwd}: the portfolio is found from there when none is named. */
    int run(List<String> args, PrintStream out, PrintStream err, Path cwd) throws UsageException, Portfolio.UnreadableException {
        Args a = Args.parse(args, List.of("--format", "--path-prefix", "--timeout", "--connect-timeout", "--per-host", "--max-in-flight"),
                List.of("--offline", "--no-color", "--help", "--no-link-cache", "--summary"));
        if (a.flag("--help")) {
            usage(out);
            return Main.OK;
        }
        String formatId = a.value("--format", Format.TEXT.id());
        Format format = Format.of(formatId).orElseThrow(() -> new UsageException(
                "unknown format \"" + formatId + "\": use --format " + Format.choices()));
        if (a.positionals.isEmpty()) {
            PortfolioDir.Found found = PortfolioDir.find(null, cwd);
            if (found.note() != null) err.println("cmalt check: " + found.note());
            a.positionals.add(found.dir().toString());
        }
        List<String> folders = cohort(a.positionals);
        String noColor = env.apply("NO_COLOR");
        boolean colour = !a.flag("--no-color") && (noColor == null || noColor.isEmpty()) && isTerminal.test(out);
        CheckOptions options = options(a);
        if (folders.size() == 1 && a.positionals.size() == 1 && folders.get(0).equals(a.positionals.get(0))) {
            String shown = shownFolder(folders.get(0));
            refuseNonPortfolio(folders.get(0));
            Portfolio portfolio = Portfolio.read(Path.of(folders.get(0)));
            CheckResult result = checker.apply(portfolio, options);
            CheckReport report = CheckReport.of(result, shown);
            String prefix = a.values.containsKey("--path-prefix") ? a.value("--path-prefix", "") : defaultPrefix(shown);
            if (a.flag("--summary") && format == Format.TEXT) {
                out.print(Reports.summary(report, colour, SUMMARY_FINDINGS));
                out.println("The whole report: " + KitCommand.LAUNCHER + " check" + (shown.equals(PortfolioDir.OWN) ? "" : " " + shown));
            } else {
                out.print(Reports.render(format, report, colour, prefix));
            }
            out.flush();
            return result.hasErrors() ? Main.FINDINGS : Main.OK;
        }
        if (format == Format.SARIF) throw new UsageException("--format sarif takes one portfolio; use --format json for several");
        if (a.values.containsKey("--path-prefix")) {
            throw new UsageException("--path-prefix names the folder of one portfolio; for several, run from the repository root "
                    + "and name each folder from there");
        }
        // A cohort: several portfolios in one run, sharing one web-link checker (its cache and its limits per host).
        CohortReport cohort = new CohortReport(format, colour, out);
        boolean errors = false;
        boolean failed = false;
        for (String folder : folders) {
            String shown = shownFolder(folder);
            Portfolio portfolio;
            try {
                refuseNonPortfolio(folder);
                portfolio = Portfolio.read(Path.of(folder));
            } catch (Portfolio.UnreadableException | UsageException e) {
                err.println("cmalt check: " + e.getMessage());
                cohort.notChecked(shown);
                failed = true;
                continue;
            }
            CheckResult result = checker.apply(portfolio, options);
            errors |= result.hasErrors();
            cohort.add(CheckReport.of(result, shown), defaultPrefix(shown));
        }
        cohort.finish();
        return failed ? Main.CANNOT_RUN : errors ? Main.FINDINGS : Main.OK;
    }

    /** The portfolio folders to check: those named, or the portfolios inside a single named folder that is not one. */
    static List<String> cohort(List<String> named) {
        if (named.size() > 1) return named;
        Path only = Path.of(named.get(0));
        if (!Files.isDirectory(only) || PortfolioDir.isPortfolio(only)) {
            return named;
        }
        List<String> inside = new ArrayList<>();
        try (var s = Files.list(only)) {
            s.filter(d -> Files.isRegularFile(d.resolve(Settings.FILE))).sorted().forEach(d -> inside.add(d.toString()));
        } catch (java.io.IOException e) {
            return named;
        }
        return inside.isEmpty() ? named : inside;
    }

    /**
     * A folder with neither portfolio.yml nor content/ gets one sentence, not a finding for each of
     * the pathway's sections (which would all say the same).
     */
    private static void refuseNonPortfolio(String folder) throws UsageException {
        Path dir = Path.of(folder);
        if (!Files.isDirectory(dir) || PortfolioDir.isPortfolio(dir)) return;
        throw new UsageException(shownFolder(folder) + " is not a portfolio folder: it holds neither " + Settings.FILE + " nor a "
                + Portfolio.CONTENT + "/ folder (nor portfolio folders of a cohort). Name your portfolio folder, or start one there with "
                + "`" + KitCommand.LAUNCHER + " init " + shownFolder(folder) + "`");
    }

    private CheckOptions options(Args a) throws UsageException {
        if (a.flag("--offline")) return new CheckOptions(true, null);
        if (webLinks != null) return new CheckOptions(false, webLinks.get());
        HttpLinkVerifier.Builder b = HttpLinkVerifier.builder();
        if (a.values.containsKey("--timeout")) b.totalTimeout(Duration.ofSeconds(atLeastOne(a, "--timeout")));
        if (a.values.containsKey("--connect-timeout")) b.connectTimeout(Duration.ofSeconds(atLeastOne(a, "--connect-timeout")));
        if (a.values.containsKey("--per-host")) b.perHostLimit(atLeastOne(a, "--per-host"));
        if (a.values.containsKey("--max-in-flight")) b.globalLimit(atLeastOne(a, "--max-in-flight"));
        if (a.flag("--no-link-cache")) b.noCache();
        return new CheckOptions(false, b.build());
    }

    /** A whole number of 1 or more (seconds, or requests at once), with a message naming the option and the value. */
    private static int atLeastOne(Args a, String option) throws UsageException {
        String value = a.value(option, "");
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1) return n;
        } catch (NumberFormatException e) {
            // reported below, as for 0 or a negative number
        }
        throw new UsageException(option + " takes a whole number of 1 or more, not \"" + value + "\"");
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
            return normal.startsWith(root) ? PortfolioPath.relative(root, normal) : shown;
        } catch (InvalidPathException e) {
            return shown;
        }
    }

    static void usage(PrintStream s) {
        s.println("Usage: " + KitCommand.LAUNCHER + " check [PORTFOLIO_DIR] [options]");
        s.println("       " + KitCommand.LAUNCHER + " check DIR1 DIR2 ... | FOLDER_OF_PORTFOLIOS [options]   (a cohort: one summary table)");
        s.println();
        s.println("PORTFOLIO_DIR is optional: by default portfolio/ in the kit's folder (or sample-portfolio/ until you");
        s.println("have one); inside a portfolio or a sub-folder of the kit, the nearest one above (the report says which).");
        s.println();
        s.println("  --format text|json|github|sarif   text (default): a report to read; json: for scripts;");
        s.println("                                    github: GitHub Actions annotations; sarif: code scanning");
        s.println("  --offline                         do not fetch web links (local files and anchors are still checked)");
        s.println("  --path-prefix P                   github/sarif: the portfolio folder relative to the repository root");
        s.println("                                    (default: PORTFOLIO_DIR as given, made relative to GITHUB_WORKSPACE)");
        s.println("  --no-color                        no colours, even in a terminal (so does NO_COLOR=1)");
        s.println("  --summary                         text: the first findings and the verdict only (what the build shows)");
        s.println("  --timeout S, --connect-timeout S  web links: total and connection time-outs in seconds (20, 10)");
        s.println("  --per-host N, --max-in-flight N   web links: requests at once per site and in all (8, 80)");
        s.println("  --no-link-cache                   web links: fetch every link again (results are kept 24 h otherwise)");
        s.println();
        s.println("Exit status: 0 no errors (warnings allowed), 1 at least one error, 2 the check could not run.");
        s.println("See docs/checker.md.");
    }
}
