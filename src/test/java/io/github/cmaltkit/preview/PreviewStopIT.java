package io.github.cmaltkit.preview;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.portfolio.TestPortfolio;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl+C (here SIGTERM, the same shutdown) while the preview is still starting: the candidate sees
 * "Preview stopped.", not an internal error or OrientDB's stack traces (JBake's store used to close
 * itself under the start-up, in a shutdown hook of its own). Runs the built jar, as a candidate does.
 */
class PreviewStopIT {

    static final Path KIT = Path.of(System.getProperty("cmalt.kit.dir", ".")).toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    @Test
    void stoppingWhileItStartsSaysSoAndNothingElse() throws Exception {
        Path jar = KIT.resolve("target/cmalt.jar");
        assertThat(jar).as("the jar `mvn package` builds").isRegularFile();
        Path portfolio = TestPortfolio.copy(KIT.resolve("sample-portfolio"), tmp.resolve("portfolio"));
        Path work = tmp.resolve("work");
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(List.of(java, "-jar", jar.toString(), "preview", portfolio.toString(), "--port", "0",
                "--work", work.toString()))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            // The staged copy is the start-up's first step; JBake's store and the crawl come after it.
            while (!Files.isDirectory(work.resolve("stage")) && p.isAlive()) Thread.sleep(5);
            assertThat(p.isAlive()).as("the preview is still starting: %s", Files.readString(err)).isTrue();
            p.destroy();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the preview stops").isTrue();
        } finally {
            p.destroyForcibly();
        }
        String said = Files.readString(out, StandardCharsets.UTF_8);
        String complained = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(complained).as("standard error").isEmpty();
        assertThat(said).as("standard output").endsWith("Preview stopped." + System.lineSeparator())
                .doesNotContain("internal error").doesNotContain("Exception");
    }
}
