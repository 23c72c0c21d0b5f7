package io.github.cmaltkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.cmaltkit.site.TestBaker;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code cmalt} launcher, as the README has a candidate run it: the same answer as
 * {@code java -jar target/cmalt.jar}, with the class-data archive in use and without opening the big
 * jar (its classes come from the archive and cmalt-core.jar). Runs the built kit.
 */
class LauncherIT {

    private static final Path KIT = TestBaker.KIT;

    @TempDir
    Path tmp;

    @Test
    void aCheckGivesTheJarsAnswerFromTheArchiveAndTheSmallJarAlone() throws Exception {
        Path sh = Path.of("/bin/sh");
        assumeTrue(Files.isExecutable(sh), "no /bin/sh here (Windows runs cmalt.cmd): the shell launcher cannot run");
        assertThat(KIT.resolve("target/cmalt-core.jar")).as("the small jar `mvn package` builds").isRegularFile();
        assertThat(KIT.resolve("target/cmalt.jsa")).as("the archive `mvn package` builds").isRegularFile();
        String sample = KIT.resolve("sample-portfolio").toString();
        Path log = tmp.resolve("classes.txt");

        ProcessBuilder launcher = new ProcessBuilder(List.of(sh.toString(), KIT.resolve("cmalt").toString(),
                "check", sample, "--offline", "--format", "json"));
        launcher.environment().put("JDK_JAVA_OPTIONS", "-Xlog:class+load=info:file=" + log);
        String viaLauncher = run(launcher, tmp.resolve("launcher.json"));

        String java = ProcessHandle.current().info().command().orElse("java");
        String viaJar = run(new ProcessBuilder(List.of(java, "-jar", KIT.resolve("target/cmalt.jar").toString(),
                "check", sample, "--offline", "--format", "json")), tmp.resolve("jar.json"));

        assertThat(viaLauncher).as("the launcher's report").isEqualTo(viaJar).contains("\"findings\"");
        List<String> loaded = Files.readAllLines(log);
        assertThat(loaded).as("the checker's classes come from the archive")
                .anyMatch(l -> l.contains("io.github.cmaltkit.check.Checker source: shared objects file"));
        assertThat(loaded).as("no class is read from the big jar").noneMatch(l -> l.contains("target/cmalt.jar"));
    }

    private static String run(ProcessBuilder pb, Path out) throws Exception {
        Process p = pb.redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the check ends").isTrue();
        assertThat(p.exitValue()).as("exit code of %s", pb.command()).isIn(0, 1);
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
