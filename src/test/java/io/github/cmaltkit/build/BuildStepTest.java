package io.github.cmaltkit.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.cli.CommandRun;
import io.github.cmaltkit.cli.Main;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build's steps (exec:java in Maven's JVM, pom.xml): a step that must stop the build ends the JVM with
 * its exit status after its one-line reason, and a step that may go on returns. Each run is a JVM of its
 * own here, since the step's exit ends the JVM it runs in.
 */
class BuildStepTest {

    private static final Path KIT = Path.of(System.getProperty("cmalt.kit.dir", ".")).toAbsolutePath().normalize();
    private static final String WITH_ERRORS = KIT.resolve("src/test/resources/portfolios/senior-partial").toString();

    private record Run(int status, String out, String err) {
    }

    private static Run step(Path tmp, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), BuildStep.class.getName()));
        command.addAll(List.of(args));
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the step ended").isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void aFolderThatDoesNotExistStopsTheBuildWithOneLineAndStatusTwo(@TempDir Path tmp) throws Exception {
        Run r = step(tmp, "stage", tmp.resolve("nonexistent").toString(), "--templates", KIT.resolve("templates").toString(),
                "--stage", tmp.resolve("stage").toString(), "--site", tmp.resolve("site").toString());
        assertThat(r.status()).isEqualTo(Main.CANNOT_RUN);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).containsExactly("cmalt stage: " + tmp.resolve("nonexistent") + ": no such portfolio folder");
    }

    @Test
    void theBuildsStepsAreNotTheCandidatesCommands() {
        CommandRun asCandidate = CommandRun.of("stage", "sample-portfolio");
        assertThat(asCandidate.status()).isEqualTo(Main.CANNOT_RUN);
        assertThat(asCandidate.err()).startsWith("cmalt: unknown command \"stage\"\n").doesNotContain("did you mean");
        CommandRun asStep = CommandRun.with(BuildStep::run, "summary", "--site");
        assertThat(asStep.status()).isEqualTo(Main.CANNOT_RUN);
        assertThat(asStep.err()).isEqualTo("cmalt summary: --site needs a value\n");
    }

    @Test
    void theGateStopsTheBuildOnErrorsWithTheVerdictLast(@TempDir Path tmp) throws Exception {
        Run r = step(tmp, "check", WITH_ERRORS, "--offline");
        assertThat(r.status()).isEqualTo(Main.FINDINGS);
        assertThat(r.out().strip().lines().reduce((a, b) -> b).orElseThrow()).contains("not ready to submit");
        assertThat(r.out() + r.err()).doesNotContainPattern("(?m)^\\s+at ").doesNotContain("Exception");
    }

    @Test
    void theReportGoesOnPastFindings(@TempDir Path tmp) throws Exception {
        Run r = step(tmp, "--report", "check", WITH_ERRORS, "--offline", "--summary");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("not ready to submit");
    }
}
