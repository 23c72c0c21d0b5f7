package io.github.cmaltkit.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `check` is run most: it must not pay for the import's readers, Apache POI or XmlBeans (issue 23). */
class CheckLoadsNoImportTest {

    @TempDir
    Path tmp;

    @Test
    void checkLoadsNoClassOfTheImport() throws Exception {
        Path log = tmp.resolve("classes.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path sample = Path.of(System.getProperty("cmalt.kit.dir", ".")).resolve("sample-portfolio");
        Process p = new ProcessBuilder(List.of(java, "-Xlog:class+load=info:file=" + log, "-cp", System.getProperty("java.class.path"),
                "io.github.cmaltkit.cli.Main", "check", sample.toString(), "--offline"))
                .redirectErrorStream(true).redirectOutput(tmp.resolve("out.txt").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isIn(0, 1);
        List<String> loaded = Files.readAllLines(log);
        assertThat(loaded).anyMatch(l -> l.contains("io.github.cmaltkit.check.Checker "));
        assertThat(loaded).noneMatch(l -> l.contains("org.apache.poi") || l.contains("org.apache.xmlbeans")
                || l.contains("io.github.cmaltkit.draft.") || l.contains("ImportCommand"));
    }
}
