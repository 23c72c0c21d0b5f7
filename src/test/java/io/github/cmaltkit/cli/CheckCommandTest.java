package io.github.cmaltkit.cli;

import io.github.cmaltkit.KitCommand;
import io.github.cmaltkit.check.rules.Rules;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.check.CheckOptions;
import io.github.cmaltkit.check.CheckResult;
import io.github.cmaltkit.check.Finding;
import io.github.cmaltkit.check.Severity;
import io.github.cmaltkit.portfolio.Portfolio;
import io.github.cmaltkit.report.Fixtures;
import io.github.cmaltkit.report.StrictJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit statuses and streams of {@code cmalt check}, through {@link Main#run}. */
class CheckCommandTest {

    @TempDir
    Path tmp;

    private Path portfolio;
    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    @BeforeEach
    void writePortfolio() {
        portfolio = Fixtures.writePortfolio(tmp);
    }

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    /** A checker that returns {@code findings} whatever the portfolio. */
    private static BiFunction<Portfolio, CheckOptions, CheckResult> returning(List<Finding> findings) {
        return (p, o) -> new CheckResult(p, findings);
    }

    private int run(BiFunction<Portfolio, CheckOptions, CheckResult> checker, String... args) {
        return Main.run(args, out, err, new CheckCommand(checker, s -> false, name -> null));
    }

    private static final Finding ERROR = new Finding("missing-section", Severity.ERROR, null, null, null, "core-2b", "no file for core-2b");
    private static final Finding WARNING = new Finding("acronym", Severity.WARNING, "content/core-1c.md", 6, 14, "core-1c", "VLE");

    @Test
    void noErrorIsExit0EvenWithWarnings() {
        assertThat(run(returning(List.of(WARNING)), "check", portfolio.toString())).isEqualTo(0);
        assertThat(out()).contains("content/core-1c.md:6:14: warning [acronym] VLE");
        assertThat(err()).isEmpty();
    }

    @Test
    void anErrorIsExit1() {
        assertThat(run(returning(List.of(WARNING, ERROR)), "check", portfolio.toString())).isEqualTo(1);
        assertThat(out()).contains("error [missing-section] no file for core-2b").contains("not ready to submit");
        assertThat(err()).isEmpty();
    }

    @Test
    void theRealCheckerRunsThroughThePublicEntryPoint() {
        // The fixture has three of the twelve sections and core-1a lacks its Evidence and Reflection: errors, so exit 1.
        int status = Main.run(new String[] {"check", portfolio.toString(), "--format", "json", "--offline"}, out, err);
        assertThat(status).isEqualTo(1);
        Map<String, Object> json = StrictJson.object(out());
        assertThat(json).containsEntry("pathway", "cmalt");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> findings = (List<Map<String, Object>>) json.get("findings");
        assertThat(findings).anySatisfy(f -> assertThat(f).containsEntry("rule", "missing-section").containsEntry("severity", "error")
                .containsEntry("section", "core-2b"));
        assertThat(findings).anySatisfy(f -> assertThat(f).containsEntry("rule", "missing-part").containsEntry("severity", "error")
                .containsEntry("file", "content/core-1a.md"));
        assertThat(err()).isEmpty();
    }

    @Test
    void theCleanSampleIsExit0ThroughThePublicEntryPoint() {
        Path sample = Path.of(System.getProperty("cmalt.kit.dir", ".")).resolve("sample-portfolio");
        int status = Main.run(new String[] {"check", sample.toString(), "--offline", "--no-color"}, out, err);
        assertThat(status).as(out()).isEqualTo(0);
        assertThat(err()).isEmpty();
    }

    @Test
    void jsonNamesThePortfolioAsTypedWithoutTrailingSlash() {
        assertThat(run(returning(List.of(ERROR)), "check", portfolio + "/", "--format=json")).isEqualTo(1);
        Map<String, Object> json = StrictJson.object(out());
        assertThat(json).containsEntry("portfolio", portfolio.toString());
        assertThat(json.keySet()).startsWith("portfolio", "pathway", "findings");
    }

    @Test
    void optionsReachTheChecker() {
        AtomicReference<CheckOptions> seen = new AtomicReference<>();
        run((p, o) -> {
            seen.set(o);
            return new CheckResult(p, List.of());
        }, "check", "--offline", portfolio.toString());
        assertThat(seen.get().offline()).isTrue();
        run((p, o) -> {
            seen.set(o);
            return new CheckResult(p, List.of());
        }, "check", portfolio.toString());
        assertThat(seen.get().offline()).isFalse();
    }

    @Test
    void githubFormatUsesThePathPrefix() {
        assertThat(run(returning(List.of(WARNING)), "check", portfolio.toString(), "--format", "github",
                "--path-prefix", "sample-portfolio")).isEqualTo(0);
        assertThat(out()).startsWith("::warning file=sample-portfolio/content/core-1c.md,line=6,col=14,title=acronym::VLE");
    }

    @Test
    void githubPathPrefixDefaultsToTheFolderAsTyped() {
        run(returning(List.of(WARNING)), "check", portfolio.toString(), "--format", "github");
        assertThat(out()).startsWith("::warning file=" + portfolio.toString().replace('\\', '/').replace(":", "%3A") + "/content/core-1c.md,");
    }

    @Test
    void anAbsoluteFolderInsideTheGithubWorkspaceIsMadeRelative() {
        CheckCommand inActions = new CheckCommand(returning(List.of(WARNING)), s -> false,
                name -> name.equals("GITHUB_WORKSPACE") ? tmp.toString() : null);
        Main.run(new String[] {"check", portfolio.toAbsolutePath().toString(), "--format", "github"}, out, err, inActions);
        assertThat(out()).startsWith("::warning file=my-portfolio/content/core-1c.md,line=6,col=14,");
        assertThat(inActions.defaultPrefix("relative/dir")).isEqualTo("relative/dir");
        assertThat(inActions.defaultPrefix(tmp.resolve("../elsewhere").toString())).isEqualTo(tmp.resolve("../elsewhere").toString());
    }

    @Test
    void formatNamesAreCaseInsensitive() {
        assertThat(run(returning(List.of()), "check", portfolio.toString(), "--format", "JSON")).isEqualTo(0);
        assertThat(StrictJson.object(out())).containsKey("findings");
    }

    @Test
    void anUnreadableFileDuringTheCheckIsExit2WithoutBlamingUs() {
        int status = run((p, o) -> {
            throw new java.io.UncheckedIOException(new java.io.IOException("content/a.md: gone"));
        }, "check", portfolio.toString());
        assertThat(status).isEqualTo(2);
        assertThat(err()).isEqualTo("cmalt check: could not read or write a file: IOException: content/a.md: gone" + System.lineSeparator());
    }

    @Test
    void sarifFormatIsJson() {
        assertThat(run(returning(List.of(ERROR)), "check", portfolio.toString(), "--format", "sarif")).isEqualTo(1);
        assertThat(StrictJson.object(out())).containsEntry("version", "2.1.0");
    }

    @Test
    void colourOnlyForATerminalAndNotWhenRefused() {
        CheckCommand terminal = new CheckCommand(returning(List.of(WARNING)), s -> true, name -> null);
        Main.run(new String[] {"check", portfolio.toString()}, out, err, terminal);
        assertThat(out()).contains("\u001b[");

        outBytes.reset();
        Main.run(new String[] {"check", portfolio.toString(), "--no-color"}, out, err, terminal);
        assertThat(out()).isNotEmpty().doesNotContain("\u001b[");

        outBytes.reset();
        CheckCommand noColorEnv = new CheckCommand(returning(List.of(WARNING)), s -> true, name -> name.equals("NO_COLOR") ? "1" : null);
        Main.run(new String[] {"check", portfolio.toString()}, out, err, noColorEnv);
        assertThat(out()).isNotEmpty().doesNotContain("\u001b[");

        outBytes.reset();
        run(returning(List.of(WARNING)), "check", portfolio.toString());
        assertThat(out()).isNotEmpty().doesNotContain("\u001b[");
    }

    @Test
    void anUnknownFormatIsExit2() {
        assertThat(run(returning(List.of()), "check", portfolio.toString(), "--format", "xml")).isEqualTo(2);
        assertThat(err()).contains("unknown format \"xml\"").contains("text|json|github|sarif");
        assertThat(out()).isEmpty();
    }

    @Test
    void aMissingFolderIsExit2() {
        assertThat(run(returning(List.of()), "check", tmp.resolve("nowhere").toString())).isEqualTo(2);
        assertThat(err()).contains("no such folder");
        assertThat(out()).isEmpty();
    }

    @Test
    void aFileInsteadOfAFolderIsExit2() throws Exception {
        Path file = Files.writeString(tmp.resolve("notes.txt"), "hello");
        assertThat(run(returning(List.of()), "check", file.toString())).isEqualTo(2);
        assertThat(err()).contains("is a file, not a portfolio folder");
    }

    @Test
    void anUnknownOptionIsExit2() {
        assertThat(run(returning(List.of()), "check", portfolio.toString(), "--fast")).isEqualTo(2);
        assertThat(err()).contains("unknown option --fast").doesNotContain("did you mean");
        assertThat(run(returning(List.of()), "check", portfolio.toString(), "--ofline")).isEqualTo(2);
        assertThat(err()).contains("cmalt check: unknown option --ofline: did you mean --offline?");
    }

    @Test
    void twoFoldersAreACohort() {
        assertThat(run(returning(List.of()), "check", portfolio.toString(), portfolio.toString())).isEqualTo(0);
    }

    @Test
    void aFormatWithoutValueIsExit2() {
        assertThat(run(returning(List.of()), "check", portfolio.toString(), "--format")).isEqualTo(2);
        assertThat(err()).contains("--format needs a value");
    }

    @Test
    void aCrashInTheCheckerIsExit2WithOnePlainLine() {
        int status = run((p, o) -> {
            throw new IllegalStateException("rule blew up\n  on two lines");
        }, "check", portfolio.toString());
        assertThat(status).isEqualTo(2);
        assertThat(err()).isEqualTo("cmalt check: internal error (IllegalStateException: rule blew up on two lines); "
                + "please report this, with the command you ran" + System.lineSeparator());
        assertThat(err()).doesNotContain("\tat ").doesNotContain("Exception:\n");
        assertThat(out()).isEmpty();
    }

    @Test
    void aStackOverflowIsExit2Too() {
        assertThat(run((p, o) -> {
            throw new StackOverflowError();
        }, "check", portfolio.toString())).isEqualTo(2);
        assertThat(err()).contains("internal error (StackOverflowError)").contains("please report this");
    }

    @Test
    void helpIsExit0OnStandardOutput() {
        assertThat(run(returning(List.of()), "check", "--help")).isEqualTo(0);
        assertThat(out()).contains("--format text|json|github|sarif").contains("Exit status");
    }

    @Test
    void aPortfolioWithoutSettingsOrSectionsIsStillReported() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Files.createDirectories(empty.resolve("content"));
        assertThat(run(returning(List.of(ERROR)), "check", empty.toString())).isEqualTo(1);
        assertThat(out()).contains("CMALT check of " + empty + " (CMALT pathway, 0 files)")
                .contains("  Not written yet  core-2b               An understanding of your target learners (1 error, 0 warnings)");
    }

    @Test
    void aFolderWithNeitherSettingsNorContentGetsOneSentence() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertThat(CommandRun.of("check", empty.toString(), "--offline")).satisfies(r -> {
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).isEqualTo("cmalt check: " + empty + " is not a portfolio folder: it holds neither portfolio.yml nor a "
                    + "content/ folder (nor portfolio folders of a cohort). Name your portfolio folder, or start one there with "
                    + "`" + KitCommand.LAUNCHER + " init " + empty + "`\n");
        });
        // In a cohort, the same sentence for that folder, and the others are checked.
        assertThat(CommandRun.of("check", empty.toString(), portfolio.toString(), "--offline").err())
                .contains(empty + " is not a portfolio folder");
    }

    @Test
    void anOptionWithOneDashIsNamedWithTheTwoDashesItNeeds() {
        CommandRun r = CommandRun.of("check", "-offline");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("cmalt check: unknown option -offline: did you mean --offline? (options start with two dashes)\n");
        assertThat(CommandRun.of("check", "-format=json").err()).contains("did you mean --format=json?");
        assertThat(CommandRun.of("plan", "-x").err()).isEqualTo("cmalt plan: unknown option -x\n");
    }

    @Test
    void helpShowsTheFolderAsOptionalWithItsDefault() {
        assertThat(run(returning(List.of()), "check", "--help")).isEqualTo(0);
        assertThat(out()).startsWith("Usage: " + KitCommand.LAUNCHER + " check [PORTFOLIO_DIR] [options]\n")
                .contains("PORTFOLIO_DIR is optional: by default portfolio/");
    }

    @Test
    void offlineTheReportSaysHowManyWebLinksItDidNotCheck() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("links"));
        Files.writeString(dir.resolve("portfolio.yml"), "candidate: Alex Example\npathway: cmalt\n");
        Files.createDirectories(dir.resolve("content"));
        Files.writeString(dir.resolve("content/core-1a.md"), "---\nsection: core-1a\n---\n## Description\n"
                + "See [the guide](https://guide.example/a), [it again](https://guide.example/a) and [the policy](https://policy.example/).\n");
        CommandRun text = CommandRun.of("check", dir.toString(), "--offline");
        List<String> lines = text.out().lines().toList();
        assertThat(lines.get(lines.size() - 2)).isEqualTo("2 web links not checked (the check ran offline): run it without --offline "
                + "to know whether they work.");
        assertThat(CommandRun.of("check", dir.toString(), "--offline", "--summary").out())
                .contains("\n2 web links not checked (the check ran offline)");
        assertThat(CommandRun.of("check", dir.toString(), "--offline", "--format", "json").out()).contains("\"webLinksNotChecked\": 2");
        // Checked (here by a checker that finds every link working), nothing is said.
        java.util.function.Supplier<io.github.cmaltkit.links.WebLinkVerifier> working = () -> urls -> java.util.Map.of();
        int status = Main.run(new String[] {"check", dir.toString()}, out, err,
                new CheckCommand((p, o) -> io.github.cmaltkit.check.Checker.check(p, Rules.all(), o), s -> false, name -> null, working));
        assertThat(status).isEqualTo(1);
        assertThat(out()).contains("READINESS").doesNotContain("not checked");
    }
}
