package io.github.cmaltkit.cli;

import io.github.cmaltkit.KitCommand;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a candidate meets first: the default folder, the version, typos and the usage. */
class CommandLineMannersTest {

    @TempDir
    Path cwd;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void theCandidatesOwnFolderWinsOverTheSample() throws Exception {
        Files.createDirectories(cwd.resolve("sample-portfolio"));
        assertThat(PortfolioDir.resolve(null, cwd)).isEqualTo(cwd.resolve("sample-portfolio"));
        Files.createDirectories(cwd.resolve("portfolio"));
        assertThat(PortfolioDir.resolve(null, cwd)).isEqualTo(cwd.resolve("portfolio"));
        assertThat(PortfolioDir.resolve("elsewhere", cwd)).isEqualTo(cwd.resolve("elsewhere"));
    }

    @Test
    void withNeitherFolderTheMessageSaysHowToStart() {
        assertThatThrownBy(() -> PortfolioDir.resolve(null, cwd))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("no portfolio/ folder here or in the folders above")
                .hasMessageContaining(KitCommand.LAUNCHER + " init");
    }

    @Test
    void versionPrintsTheProjectVersion() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).matches("cmalt \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
    }

    @Test
    void aMistypedCommandGetsASuggestionAndExit2() {
        assertThat(run("chekc")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("cmalt: unknown command \"chekc\": did you mean check?");
        assertThat(run("publish")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown command \"publish\"\n").doesNotContain("\"publish\": did you mean");
    }

    @Test
    void aMistypedOptionOfAnyCommandGetsASuggestion() {
        assertThat(run("plan", "--tody", "2027-01-01")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cmalt plan: unknown option --tody: did you mean --today?");
    }

    @Test
    void theUsageListsTheCandidatesCommandsOnly() {
        assertThat(run("--help")).isZero();
        String usage = out.toString(StandardCharsets.UTF_8);
        for (String command : List.of("init", "preview", "check", "plan", "--version")) {
            assertThat(usage).contains("  " + command + " ");
        }
        for (String buildOnly : List.of("stage", "summary", "export")) {
            assertThat(usage).doesNotContain(buildOnly);
        }
    }

    @Test
    void theSummaryIsShortAndPointsToTheWholeReport() {
        Path partial = Path.of(System.getProperty("cmalt.kit.dir", ".")).resolve("src/test/resources/portfolios/senior-partial");
        assertThat(run("check", partial.toString(), "--offline", "--summary")).isEqualTo(1);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSizeLessThanOrEqualTo(CheckCommand.SUMMARY_FINDINGS + 5).noneMatch(l -> l.startsWith("READINESS"));
        assertThat(lines.get(lines.size() - 3)).isEqualTo("Sections: 8 not written yet, 6 ready");
        assertThat(lines.get(lines.size() - 2)).endsWith("not ready to submit");
        assertThat(lines.get(lines.size() - 1)).startsWith("The whole report: " + KitCommand.LAUNCHER + " check ");
    }

    @Test
    void suggestionsAreForTyposNotForAnyWord() {
        assertThat(Suggestion.hint("--ofline", List.of("--offline", "--format"))).isEqualTo(": did you mean --offline?");
        assertThat(Suggestion.hint("chekc", List.of("check", "init"))).isEqualTo(": did you mean check?");
        assertThat(Suggestion.hint("--fast", List.of("--offline", "--format"))).isEmpty();
        assertThat(Suggestion.hint("x", List.of("init"))).isEmpty();
    }
}
